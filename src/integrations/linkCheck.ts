import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { refusePublishing } from '../lib/builtSite/builtPages.ts';
import type { LinkCheckOptions, LinkCheckResult } from './linkCheckReader.ts';
import { readRenderedPages } from './renderedPages.ts';
import { CONTENT_DIR } from '../lib/builtSite/contentSource.ts';

/**
 * After the build, every internal link and #fragment in the built pages must
 * lead somewhere. A broken one fails the build, names the page and its
 * content file, and removes the output so a half-right site cannot be
 * published by mistake. The pages are read as they are rendered, on another
 * thread (linkCheckReader.ts); the check runs once they are all written.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let reader: { finish(siteDir: string): Promise<LinkCheckResult> } | undefined;
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        reader = readRenderedPages<LinkCheckOptions, LinkCheckResult>(
          new URL('./linkCheckReader.ts', import.meta.url),
          {
            base,
            contentDir: CONTENT_DIR,
          },
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        if (!reader) throw new Error('the link check did not start with the build');
        const { pages, problems } = await reader.finish(siteDir);
        if (problems.length > 0) await refusePublishing(siteDir, 'Broken links', problems);
        logger.info(
          `Checked the links of ${pages} page(s): all lead somewhere (${((performance.now() - started) / 1000).toFixed(2)} s after the pages).`,
        );
      },
    },
  };
}
