import { Parser } from 'htmlparser2';
import { builtFiles, builtPages, refusePublishing, whereIs } from './builtPages.ts';

/** What the link check needs to know about one built page. */
export interface PageLinks {
  /** Site path of the page, without the base path, e.g. `/benefits/training/`. */
  path: string;
  /** Every href, src and form action on the page, as written. */
  links: string[];
  /** Every id on the page. */
  ids: Set<string>;
}

/**
 * Every internal link and #fragment in the built site at `siteDir` must lead
 * somewhere. A broken one names the page and its content file, and the
 * folder is removed so a half-right site cannot be published by mistake.
 * Returns how many pages were checked.
 */
export async function checkLinks(siteDir: string, base: string): Promise<number> {
  const pages = (await builtPages(siteDir)).map((page) => ({ path: page.path, ...linksAndIdsOf(page.html) }));
  // Files too, not only pages: a link may lead to an image, a feed or a download.
  const files = new Set((await builtFiles(siteDir)).map((file) => `/${file}`));
  const problems = findBrokenLinks(pages, { base, fileExists: (path) => files.has(path) });
  if (problems.length > 0) await refusePublishing(siteDir, 'Broken links', problems);
  return pages.length;
}

/**
 * Internal links and #fragments that lead nowhere, one message each, naming
 * the page, its content file and the fix. Addresses on other sites are not
 * followed (this check needs no network).
 */
export function findBrokenLinks(
  pages: readonly PageLinks[],
  options: { base: string; fileExists: (sitePath: string) => boolean },
): string[] {
  const base = options.base.replace(/\/+$/, '');
  const idsByPath = new Map(pages.map((page) => [page.path, page.ids]));
  const problems: string[] = [];
  for (const page of pages) {
    const where = whereIs(page.path);
    for (const link of new Set(page.links)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // another site, mail, phone
      const url = new URL(link, `http://site${base}${page.path}`);
      let path: string;
      let fragment: string;
      try {
        path = decodeURIComponent(url.pathname);
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push(`${where}: the link "${link}" is not a valid address (a stray "%"?). Fix the address.`);
        continue;
      }
      if (base && !path.startsWith(`${base}/`)) {
        problems.push(`${where}: the link "${link}" leaves the site's folder (${base}/). Start it with ${base}/.`);
        continue;
      }
      path = path.slice(base.length) || '/';
      const targetIds = idsByPath.get(path) ?? idsByPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!targetIds && !options.fileExists(path)) {
        problems.push(
          `${where}: the link "${link}" goes to a page that does not exist. Fix the address or remove the link.`,
        );
      } else if (fragment && targetIds && !targetIds.has(fragment)) {
        problems.push(
          `${where}: the link "${link}" points to a section "#${fragment}" that is not on that page. Use the id of one of its headings.`,
        );
      }
    }
  }
  return problems;
}

/**
 * Every link (what `a[href], link[href], [src], form[action]` selects) and
 * every id in one page's HTML, read with a streaming parser: the check needs
 * only start tags, and script and style contents are text, as in a browser.
 */
export function linksAndIdsOf(html: string): Pick<PageLinks, 'links' | 'ids'> {
  const links: string[] = [];
  const ids = new Set<string>();
  const onopentag = (name: string, { href, src, action, id }: Record<string, string | undefined>) => {
    const link = src ?? (name === 'a' || name === 'link' ? href : name === 'form' ? action : undefined);
    if (link !== undefined) links.push(link);
    if (id !== undefined) ids.add(id);
  };
  new Parser({ onopentag }, { decodeEntities: true }).end(html);
  return { links, ids };
}
