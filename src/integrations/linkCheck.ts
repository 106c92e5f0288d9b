import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from '../lib/builtSite/findBrokenLinks.ts';

/** After the build: every internal link and #fragment leads somewhere, or nothing is published (see checkLinks). */
export function linkCheck({ base }: { base: string }): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await checkLinks(fileURLToPath(dir), base);
        logger.info(`Checked the links of ${pages} page(s): all lead somewhere.`);
      },
    },
  };
}
