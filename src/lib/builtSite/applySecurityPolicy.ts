import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, refusePublishing } from './builtPages.ts';
import {
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  nginxSiteFile,
  readPagePolicy,
  scriptHash,
  withPolicyMeta,
} from './securityHeaders.ts';
import { whereIs } from './sourceOf.ts';

/**
 * Secures the built site at `siteDir`. Any markup the Content Security
 * Policy would block (inline styles or event handlers, or an inline script
 * in a page's content) stops the build, naming the page and its content
 * file, and the folder is removed. Otherwise each page gets the policy as
 * its first `<head>` element, allowing by hash only the inline scripts the
 * site's templates put outside `<main>`, and the same headers are written
 * for Netlify and Cloudflare Pages (`_headers`, `_redirects`) and for nginx
 * (`_nginx.conf`, included by deploy/nginx/library-benefits.conf), allowing
 * every page's scripts.
 */
export async function applySecurityPolicy(siteDir: string, base: string): Promise<{ pages: number; hashes: number }> {
  const pages = (await builtPages(siteDir)).map((page) => {
    const policy = readPagePolicy(page.html);
    const hashes = policy.scripts.map((script) => scriptHash(script));
    try {
      return { ...page, ...policy, hashes, html: withPolicyMeta(page.html, contentSecurityPolicy(hashes, 'meta')) };
    } catch (error) {
      return {
        ...page,
        hashes,
        problems: [...policy.problems, error instanceof Error ? error.message : String(error)],
      };
    }
  });
  const blocked = pages.flatMap((page) => page.problems.map((problem) => `${whereIs(page.path)}: ${problem}`));
  if (blocked.length > 0) await refusePublishing(siteDir, 'Markup the Content Security Policy would block', blocked);
  for (const page of pages) await writeFile(join(siteDir, page.file), page.html);
  const siteHashes = [...new Set(pages.flatMap((page) => page.hashes))].sort();
  await writeFile(join(siteDir, '_headers'), hostHeadersFile(base, siteHashes));
  await writeFile(join(siteDir, '_redirects'), hostRedirectsFile(base));
  await writeFile(join(siteDir, '_nginx.conf'), nginxSiteFile(base, siteHashes));
  return { pages: pages.length, hashes: siteHashes.length };
}
