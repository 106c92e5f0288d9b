import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtFiles, builtPages, refusePublishing } from '../lib/builtSite/builtPages.ts';
import { findBrokenLinks, linksAndIdsOf } from '../lib/builtSite/findBrokenLinks.ts';
import { sourceOf } from '../lib/builtSite/sourceOf.ts';

/**
 * After the build, every internal link and #fragment in the built pages must
 * lead somewhere. A broken one names the page and its content file, and the
 * output is removed so a half-right site cannot be published by mistake.
 */
export function linkCheck({ base }: { base: string }): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await builtPages(siteDir)).map((page) => ({
          path: page.path,
          source: sourceOf(page.path),
          ...linksAndIdsOf(page.html),
        }));
        // Files too, not only pages: a link may lead to an image, a feed or a download.
        const files = new Set((await builtFiles(siteDir)).map((file) => `/${file}`));
        const problems = findBrokenLinks(pages, { base, fileExists: (path) => files.has(path) });
        if (problems.length > 0) await refusePublishing(siteDir, 'Broken links', problems);
        logger.info(`Checked the links of ${pages.length} page(s): all lead somewhere.`);
      },
    },
  };
}
