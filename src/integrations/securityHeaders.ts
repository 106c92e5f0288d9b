import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  inlineExecutableScripts,
  nginxSiteFile,
  scriptHash,
  withPolicyMeta,
} from '../lib/builtSite/securityHeaders.ts';
import { refusePublishing } from '../lib/builtSite/builtPages.ts';
import { readRenderedPages, transformRenderedPages } from './renderedPages.ts';
import { CONTENT_DIR } from '../lib/builtSite/contentSource.ts';

/**
 * Hashes each page's inline scripts and puts the strict Content Security
 * Policy, allowing just those, first in the page as it is rendered (see
 * renderedPages.ts); after the build, writes the same headers for
 * Netlify and Cloudflare Pages (`_headers`, `_redirects`) and for nginx
 * (`_nginx.conf`, included by deploy/nginx/library-benefits.conf). Any
 * markup the policy would block (inline styles or event handlers) stops the
 * build, naming the page, and the output is removed so it cannot be published.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  /** Hashes of every inline script any page runs, for the header policy. */
  const seen = new Set<string>();
  let problems: { finish(siteDir: string): Promise<string[]> } | undefined;
  let pages = 0;
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        seen.clear();
        // Every page carries the same few scripts: each is hashed once, not once per page, and as the
        // bytes it is (see PageBytesText), since a script's hash is over its UTF-8 bytes.
        const hashByScript = new Map<string, string>();
        const hashOf = (script: string) => {
          let hash = hashByScript.get(script);
          if (hash === undefined) {
            hash = scriptHash(script, 'latin1');
            hashByScript.set(script, hash);
          }
          return hash;
        };
        pages = 0;
        problems = readRenderedPages<{ contentDir: string }, string[]>(new URL('./policyReader.ts', import.meta.url), {
          contentDir: CONTENT_DIR,
        });
        transformRenderedPages(({ bytesText }) => {
          const hashes = [...new Set(inlineExecutableScripts(bytesText).map(hashOf))];
          for (const hash of hashes) seen.add(hash);
          pages += 1;
          // Each page allows only its own inline scripts; the header policy (below) allows the whole site's.
          return withPolicyMeta(bytesText, contentSecurityPolicy(hashes, 'meta'));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        if (!problems) throw new Error('the security policy did not start with the build');
        const blocked = await problems.finish(siteDir);
        if (blocked.length > 0) {
          await refusePublishing(siteDir, 'Markup the Content Security Policy would block', blocked);
        }
        // Sorted: pages render several at a time, so the order they were seen in can change between builds.
        const inlineHashes = [...seen].sort();
        await writeFile(join(siteDir, '_headers'), hostHeadersFile(base, inlineHashes));
        await writeFile(join(siteDir, '_redirects'), hostRedirectsFile(base));
        await writeFile(join(siteDir, '_nginx.conf'), nginxSiteFile(base, inlineHashes));
        logger.info(
          `Put the Content Security Policy in ${pages} page(s), allowing ${inlineHashes.length} inline script(s) by hash; wrote _headers and _redirects (Netlify, Cloudflare Pages) and _nginx.conf.`,
        );
      },
    },
  };
}
