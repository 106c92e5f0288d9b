import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, linksAndIdsOf, type PageLinks } from '../lib/linkCheck';
import { settleBackgroundWork } from './backgroundWork';
import { sourceOf } from './contentSource';

/**
 * After the build, every internal link and #fragment in the built pages must
 * lead somewhere. A broken one fails the build, names the page and its
 * content file, and removes the output so a half-right site cannot be
 * published by mistake.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const contentDir = process.env['CONTENT_DIR'] ?? 'content';
        const files = (await readdir(siteDir, { recursive: true })).map((file) => file.split(sep).join('/'));
        const htmlFiles = files.filter((name) => name.endsWith('.html'));
        // Read together: the disk works while the parser reads the page before.
        const pages: PageLinks[] = await Promise.all(
          htmlFiles.map(async (file) => {
            const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
            const html = await readFile(join(siteDir, file), 'utf8');
            return { path, source: sourceOf(path, contentDir), ...linksAndIdsOf(html) };
          }),
        );
        const fileSet = new Set(files.map((file) => `/${file}`));
        const problems = findBrokenLinks(pages, { base, fileExists: (path) => fileSet.has(path) });
        if (problems.length > 0) {
          // Search indexing may still be writing into the folder: let it finish, then remove everything.
          await settleBackgroundWork();
          await rm(siteDir, { recursive: true, force: true });
          throw new Error(
            `Broken links, so nothing was published (${relative(process.cwd(), siteDir) || siteDir} removed):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          );
        }
        logger.info(
          `Checked the links of ${pages.length} page(s): all lead somewhere (${((performance.now() - started) / 1000).toFixed(2)} s).`,
        );
      },
    },
  };
}
