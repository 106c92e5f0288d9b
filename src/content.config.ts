import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { benefitSchema, pageSchema } from './lib/contentSchemas';
import { findBrokenRelatedLinks } from './lib/references';

/**
 * Where editors' files live. Overridable so tests and the benchmark can build
 * the real site from other content without touching `content/`.
 */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

/** Files whose name starts with `_` are ignored, so editors can park notes or templates. */
const pattern = ['**/*.{md,mdx}', '!**/_*'];

/**
 * The glob loader, plus a check that every `related` entry names a benefit
 * that exists. Astro only logs broken references; failing here stops the
 * build during content sync, before any page is written.
 */
function benefitsLoader(): Loader {
  const files = glob({ pattern, base: `${contentRoot}/benefits` });
  return {
    name: 'benefits-with-checked-references',
    async load(context) {
      await files.load(context);
      const problems = findBrokenRelatedLinks(
        context.store.values().map((entry) => ({
          id: entry.id,
          filePath: entry.filePath,
          related: ((entry.data['related'] ?? []) as { id: string }[]).map((ref) => ref.id),
        })),
      );
      if (problems.length > 0) {
        throw new Error(`Broken links between benefit pages:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}

const benefits = defineCollection({
  loader: benefitsLoader(),
  schema: benefitSchema(reference('benefits')),
});

const pages = defineCollection({
  loader: glob({ pattern, base: `${contentRoot}/pages` }),
  schema: pageSchema,
});

export const collections = { benefits, pages };
