import type { AstroIntegration } from 'astro';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps link-preview images between builds in Astro's cache folder (which
 * `astro build --force` leaves alone: it clears only the content store), so
 * a build redraws only the previews whose page title, summary or icon
 * changed. The folder is handed to the image route as
 * `import.meta.env.SOCIAL_IMAGE_CACHE`. After a build, images no page used
 * are removed, so the folder holds one site's worth at most.
 */
export function socialImageCache(): AstroIntegration {
  let cacheDir = '';
  let buildStarted = 0;
  return {
    name: 'social-image-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-images');
        updateConfig({ vite: { define: { 'import.meta.env.SOCIAL_IMAGE_CACHE': JSON.stringify(cacheDir) } } });
      },
      'astro:build:start': () => {
        // File times have a coarser clock than performance.now(); a second of slack keeps every image used.
        buildStarted = Date.now() - 1000;
      },
      'astro:build:done': async ({ logger }) => {
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
