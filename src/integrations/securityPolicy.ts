import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { applySecurityPolicy } from '../lib/builtSite/applySecurityPolicy.ts';

/** After the build: the Content Security Policy in every page and the host header files (see applySecurityPolicy). */
export function securityPolicy({ base }: { base: string }): AstroIntegration {
  return {
    name: 'security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, hashes } = await applySecurityPolicy(fileURLToPath(dir), base);
        logger.info(
          `Put the Content Security Policy in ${pages} page(s), allowing ${hashes} inline script(s) by hash; wrote _headers and _redirects (Netlify, Cloudflare Pages) and _nginx.conf.`,
        );
      },
    },
  };
}
