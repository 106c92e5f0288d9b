import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { benefitSchema, roleSchema } from '../../src/lib/content/contentSchemas.ts';
import { readFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';
import { associationSchema } from '../../src/lib/site/associationSchema.ts';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { runAstro } from '../support/astroCli.ts';
import { axeViolations, launchChromium, openPage } from '../support/browser.ts';
import { serveDirectory } from '../support/staticServer.ts';
import { siteText } from '../support/siteText.ts';

/*
 * The editors' guide promises its examples work. These tests take them
 * straight from content/README.md, so the guide cannot drift from the site.
 */

const guide = await readFile('content/README.md', 'utf8');
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1] ?? '');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'editors-guide-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The fields of the guide's `n`th YAML example, read as the site's tools read frontmatter. */
const example = (n: number) => {
  const read = readFrontmatter(blocks('yaml')[n] ?? '');
  return 'data' in read ? read.data : read;
};

test('the frontmatter example passes the schema', () => {
  expect(benefitSchema(z.string()).safeParse(example(0)).error?.issues ?? []).toEqual([]);
});

test('the role page example passes the role schema', () => {
  expect(roleSchema.safeParse(example(1)).error?.issues ?? []).toEqual([]);
});

test('the association file example passes its schema, and every field of the example association is explained', () => {
  const yaml = blocks('yaml').find((block) => block.startsWith('name:')) ?? '';
  expect(associationSchema.safeParse(parse(yaml)).error?.issues ?? []).toEqual([]);
  const section = /^## Your association's file\n([\s\S]*?)^## /m.exec(guide)?.[1] ?? '';
  const example = parse(readFileSync('examples/example-valley/site/association.yaml', 'utf8')) as Record<string, unknown>;
  /** Every field the example fills in, as the guide's table names it: `dues.currency`, `dues.categories` `name`. */
  const fields = (data: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(data).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...(Array.isArray(value)
        ? typeof value[0] === 'object'
          ? fields(value[0] as Record<string, unknown>, `${prefix}${key}\` \``)
          : []
        : value && typeof value === 'object'
          ? fields(value as Record<string, unknown>, `${prefix}${key}.`)
          : []),
    ]);
  const explained = (field: string) => section.includes(`\n| \`${field}\` |`);
  expect(fields(example).filter((field) => !explained(field))).toEqual([]);
});

test('every building-block example builds into the page it describes', async () => {
  const examples = blocks('mdx');
  expect(examples.length).toBe(6);
  const contentDir = join(workDir, 'content');
  await cp('content', contentDir, { recursive: true });
  const training = await readFile(join(contentDir, 'benefits', 'training.mdx'), 'utf8');
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(training)?.[0] ?? '';
  await writeFile(
    join(contentDir, 'benefits', 'guide-examples.mdx'),
    `${frontmatter.replace(/^title: .*$/m, 'title: Guide examples')}\n## Examples\n\n${examples.join('\n')}`,
  );
  const outDir = join(workDir, 'dist');
  const { code, output } = await runAstro(['build', '--outDir', outDir], {
    CONTENT_DIR: contentDir,
  });
  expect(code, output).toBe(0);
  const html = await readFile(join(outDir, 'benefits', 'guide-examples', 'index.html'), 'utf8');
  expect(html).toContain('aria-label="Tip: Work out the cost for yourself"');
  // <Publisher />, with no publisher set: the site names no one.
  expect(html).toContain(siteText().publisher.notPublished);
  expect(html).toMatch(/<ol>\s*<li>Ask your local association when its next conference is\.<\/li>/);
  expect(html).toContain('aria-label="In short"');
  expect(html).toContain('Find your local association and ask how to join.');
  expect(html).toContain('"@type":"FAQPage"');
  expect(html).toContain('Can my employer pay?');

  // The building blocks must also pass the same accessibility and validity checks as every page.
  const report = await new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] }).validateFile(
    join(outDir, 'benefits', 'guide-examples', 'index.html'),
  );
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual(
    [],
  );
  const server = await serveDirectory(outDir);
  const browser = await launchChromium();
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browser, new URL('benefits/guide-examples/', server.url).href, { colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}, 120_000);

// One real build for this kind of mistake; how <Questions> words its own is a unit test (contentSchemas.test.ts).
test.each([['<Callout type="danger">Careful.</Callout>', 'type must be "note", "tip" or "warning"']])(
  'a building block used wrongly stops the build with a plain message: %s', async (example, message) => {
  const contentDir = join(workDir, `wrong-${message.length}`);
  await cp('content', contentDir, { recursive: true });
  const training = await readFile(join(contentDir, 'benefits', 'training.mdx'), 'utf8');
  await writeFile(join(contentDir, 'benefits', 'training.mdx'), `${training}\n${example}\n`);
  const { code, output } = await runAstro(['build', '--outDir', join(contentDir, 'dist')], { CONTENT_DIR: contentDir });
  expect(code, output).not.toBe(0);
  expect(output).toContain(message);
}, 120_000);
