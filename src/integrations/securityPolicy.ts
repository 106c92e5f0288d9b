import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, refusePublishing } from '../lib/builtSite/builtPages.ts';
import {
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  nginxSiteFile,
  readPagePolicy,
  scriptHash,
  withPolicyMeta,
} from '../lib/builtSite/securityHeaders.ts';
import { whereIs } from '../lib/builtSite/sourceOf.ts';

/**
 * After the build: any markup the Content Security Policy would block
 * (inline styles or event handlers, or an inline script in a page's content)
 * stops the build, naming the page and its content file, and the output is
 * removed. Otherwise each page gets the policy as its first `<head>` element,
 * allowing by hash only the inline scripts the site's templates put outside
 * `<main>`, and the same headers are written for Netlify and Cloudflare Pages
 * (`_headers`, `_redirects`) and for nginx (`_nginx.conf`, included by
 * deploy/nginx/library-benefits.conf), allowing every page's scripts.
 */
export function securityPolicy({ base }: { base: string }): AstroIntegration {
  return {
    name: 'security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await builtPages(siteDir)).map((page) => ({ ...page, ...readPagePolicy(page.html) }));
        const blocked = pages.flatMap((page) => page.problems.map((problem) => `${whereIs(page.path)}: ${problem}`));
        if (blocked.length > 0) {
          await refusePublishing(siteDir, 'Markup the Content Security Policy would block', blocked);
        }
        const siteHashes = new Set<string>();
        for (const page of pages) {
          const hashes = page.scripts.map((script) => scriptHash(script));
          for (const hash of hashes) siteHashes.add(hash);
          await writeFile(join(siteDir, page.file), withPolicyMeta(page.html, contentSecurityPolicy(hashes, 'meta')));
        }
        const inlineHashes = [...siteHashes].sort();
        await writeFile(join(siteDir, '_headers'), hostHeadersFile(base, inlineHashes));
        await writeFile(join(siteDir, '_redirects'), hostRedirectsFile(base));
        await writeFile(join(siteDir, '_nginx.conf'), nginxSiteFile(base, inlineHashes));
        logger.info(
          `Put the Content Security Policy in ${pages.length} page(s), allowing ${inlineHashes.length} inline script(s) by hash; wrote _headers and _redirects (Netlify, Cloudflare Pages) and _nginx.conf.`,
        );
      },
    },
  };
}
