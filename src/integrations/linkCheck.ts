import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, linksAndIdsOf, type PageLinks } from '../lib/linkCheck';
import { builtFiles, pagePath, refusePublishing } from './builtPages';
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
        const files = await builtFiles(siteDir);
        const htmlFiles = files.filter((name) => name.endsWith('.html'));
        // Read together: the disk works while the parser reads the page before.
        const pages: PageLinks[] = await Promise.all(
          htmlFiles.map(async (file) => {
            const path = pagePath(file);
            const html = await readFile(join(siteDir, file), 'utf8');
            return { path, source: sourceOf(path, contentDir), ...linksAndIdsOf(html) };
          }),
        );
        const fileSet = new Set(files.map((file) => `/${file}`));
        const problems = findBrokenLinks(pages, { base, fileExists: (path) => fileSet.has(path) });
        if (problems.length > 0) await refusePublishing(siteDir, 'Broken links', problems);
        logger.info(
          `Checked the links of ${pages.length} page(s): all lead somewhere (${((performance.now() - started) / 1000).toFixed(2)} s).`,
        );
      },
    },
  };
}
