import type { AstroIntegration } from 'astro';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  inlineExecutableScripts,
  nginxSiteFile,
  policyViolations,
  scriptHash,
  withPolicyMeta,
} from '../lib/securityHeaders';
import { builtFiles, pagePath, refusePublishing } from './builtPages';
import { sourceOf } from './contentSource';

/**
 * After the build: hashes every inline script the pages run, puts the strict
 * Content Security Policy in each page, and writes the same headers for
 * Netlify and Cloudflare Pages (`_headers`, `_redirects`) and for nginx
 * (`_nginx.conf`, included by deploy/nginx/library-benefits.conf). Any
 * markup the policy would block (inline styles or event handlers) stops the
 * build, naming the page, and the output is removed so it cannot be published.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await builtFiles(siteDir)).filter((file) => file.endsWith('.html'));
        const html = new Map<string, string>();
        const hashes = new Set<string>();
        const problems: string[] = [];
        const texts = await Promise.all(pages.map((file) => readFile(join(siteDir, file), 'utf8')));
        for (const [position, file] of pages.entries()) {
          const text = texts[position] ?? '';
          html.set(file, text);
          for (const script of inlineExecutableScripts(text)) hashes.add(scriptHash(script));
          const path = pagePath(file);
          const source = sourceOf(path, process.env['CONTENT_DIR'] ?? 'content');
          for (const problem of policyViolations(text)) {
            problems.push(`${source ? `${source} (page ${path})` : path}: ${problem}`);
          }
        }
        if (problems.length > 0) {
          await refusePublishing(siteDir, 'Markup the Content Security Policy would block', problems);
        }
        const inlineHashes = [...hashes];
        const metaPolicy = contentSecurityPolicy(inlineHashes, 'meta');
        // Written aside and renamed into place: search indexing reads these pages at the same time,
        // and must see the old page or the new one, never half of one.
        await Promise.all(
          [...html].map(async ([file, text]) => {
            const path = join(siteDir, file);
            await writeFile(`${path}.with-policy`, withPolicyMeta(text, metaPolicy));
            await rename(`${path}.with-policy`, path);
          }),
        );
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
