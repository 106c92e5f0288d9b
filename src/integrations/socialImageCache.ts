import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { socialImageFile } from '../lib/seo/socialImageFile.ts';
import { onSocialImagesRegistered, type SocialImageEntry } from '../lib/socialImageRegistry.ts';

/**
 * Writes the link-preview images into dist/og/ while the pages render (see
 * writeSocialImages), and keeps them between builds in Astro's cache folder (which
 * `astro build --force` leaves alone: it clears only the content store), so
 * a build redraws only the previews whose page title, summary or icon
 * changed. The folder is handed to the image route as
 * `import.meta.env.SOCIAL_IMAGE_CACHE`. After a build, images no page used
 * are removed, so the folder holds one site's worth at most.
 */
export function socialImageCache(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let buildStarted = 0;
  let writing: Promise<void> = Promise.resolve();
  return {
    name: 'social-image-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-images');
        updateConfig({ vite: { define: { 'import.meta.env.SOCIAL_IMAGE_CACHE': JSON.stringify(cacheDir) } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // File times have a coarser clock than performance.now(); a second of slack keeps every image used.
        buildStarted = Date.now() - 1000;
        writing = Promise.resolve();
        // The route registers the previews before the first page renders: they are drawn (or linked,
        // when kept) beside the rendering, on other threads, instead of after it.
        onSocialImagesRegistered((entries) => {
          writing = writeSocialImages(outDir, cacheDir, entries);
          writing.catch(() => undefined); // reported in astro:build:done
        });
      },
      'astro:build:done': async ({ logger }) => {
        onSocialImagesRegistered(undefined);
        await writing;
        const names = await readdir(cacheDir).catch(() => [] as string[]);
        let removed = 0;
        for (const name of names) {
          const file = join(cacheDir, name);
          const modified = (await stat(file).catch(() => undefined))?.mtimeMs ?? Infinity;
          if (modified < buildStarted) {
            await rm(file, { force: true });
            removed += 1;
          }
        }
        if (removed > 0) logger.info(`Removed ${removed} link-preview image(s) no page uses any more.`);
      },
    },
  };
}

/** Drawing is CPU-bound and resvg draws off the main thread: a few at a time keep both cores busy. */
const DRAWING_AT_ONCE = 4;

/**
 * Puts every preview the /og/ route registered into dist/og/: drawn into the
 * cache if no earlier build drew it, then hard-linked (copied where the
 * cache is on another disk), so a kept image costs no bytes written.
 */
async function writeSocialImages(siteDir: string, cacheDir: string, entries: SocialImageEntry[]): Promise<void> {
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const kept = await socialImageFile(entry.text, cacheDir);
      const target = join(siteDir, 'og', `${entry.key}.png`);
      await mkdir(dirname(target), { recursive: true });
      await rm(target, { force: true });
      await link(kept, target).catch(() => copyFile(kept, target));
    }
  };
  await Promise.all(Array.from({ length: DRAWING_AT_ONCE }, worker));
}
