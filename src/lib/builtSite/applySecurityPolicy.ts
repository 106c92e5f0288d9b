import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, refusePublishing, whereIs } from './builtPages.ts';
import { readPagePolicy, type SiteScripts } from './readPagePolicy.ts';
import {
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  nginxSiteFile,
  scriptHash,
  withPolicyMeta,
} from './securityHeaders.ts';

/**
 * Secures the built site at `siteDir`: any page readPagePolicy refuses stops
 * the build, naming the page and its content file, and the folder is removed.
 * Otherwise each page gets the policy as its first `<head>` element, allowing
 * by hash only the site's own inline scripts (`own`), and the same headers
 * are written for Netlify and Cloudflare Pages (`_headers`, `_redirects`) and
 * nginx (`_nginx.conf`, included by deploy/nginx/library-benefits.conf).
 */
export async function applySecurityPolicy(
  siteDir: string,
  base: string,
  own: SiteScripts,
): Promise<{ pages: number; hashes: number }> {
  const pages = (await builtPages(siteDir)).map((page) => {
    const { problems, scripts } = readPagePolicy(page.html, own);
    const hashes = scripts.map((script) => scriptHash(script));
    const html = withPolicyMeta(page.html, contentSecurityPolicy(hashes, 'meta'));
    if (html === undefined) problems.push('the page has no <meta charset> to put the policy after');
    return { ...page, problems, hashes, html: html ?? page.html };
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
