import { eachElement, type ElementVisitor } from './eachElement.ts';

/** What the link check needs to know about one built page. */
export interface PageLinks {
  /** Site path of the page, without the base path, e.g. `/benefits/training/`. */
  path: string;
  /** Where the page's words come from, for the message, e.g. `content/benefits/training.mdx`. */
  source?: string | undefined;
  /** Every href and src on the page, as written. */
  links: string[];
  /** Every id on the page. */
  ids: Set<string>;
}

/**
 * Internal links and #fragments that lead nowhere, one message each, naming
 * the page, its source file and the fix. Addresses on other sites are not
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
    const where = page.source ? `${page.path} (from ${page.source})` : page.path;
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
 * Collects every href and src, and every id, from the elements given to
 * `visit` (see eachElement). Links are what `a[href], link[href], [src]` selects.
 */
function linkCollector(): { visit: ElementVisitor; result(): Pick<PageLinks, 'links' | 'ids'> } {
  const links: string[] = [];
  const ids = new Set<string>();
  return {
    visit(name, attributes) {
      const href = attributes['href'];
      const src = attributes['src'];
      if (((name === 'a' || name === 'link') && href !== undefined) || src !== undefined) {
        links.push(href ?? src ?? '');
      }
      const id = attributes['id'];
      if (id !== undefined) ids.add(id);
    },
    result: () => ({ links, ids }),
  };
}

/** Every href and src, and every id, in one page's HTML. */
export function linksAndIdsOf(html: string): Pick<PageLinks, 'links' | 'ids'> {
  const collector = linkCollector();
  eachElement(html, collector.visit);
  return collector.result();
}
