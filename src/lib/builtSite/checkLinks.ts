import { builtFiles, builtPages, refusePublishing } from './builtPages.ts';
import { findBrokenLinks, linksAndIdsOf } from './findBrokenLinks.ts';
import { sourceOf } from './sourceOf.ts';

/**
 * Every internal link and #fragment in the built site at `siteDir` must lead
 * somewhere. A broken one names the page and its content file, and the
 * folder is removed so a half-right site cannot be published by mistake.
 * Returns how many pages were checked.
 */
export async function checkLinks(siteDir: string, base: string): Promise<number> {
  const pages = (await builtPages(siteDir)).map((page) => ({
    path: page.path,
    source: sourceOf(page.path),
    ...linksAndIdsOf(page.html),
  }));
  // Files too, not only pages: a link may lead to an image, a feed or a download.
  const files = new Set((await builtFiles(siteDir)).map((file) => `/${file}`));
  const problems = findBrokenLinks(pages, { base, fileExists: (path) => files.has(path) });
  if (problems.length > 0) await refusePublishing(siteDir, 'Broken links', problems);
  return pages.length;
}
