/**
 * Where a visitor's next page is fetched before the click: any link to a
 * page of the site, once the visitor shows intent ("moderate": a pointer
 * resting on the link, or pressed on it; in Chromium also a link focused
 * from the keyboard), except
 * - the search page, whose address carries a query and whose results come
 *   from search files fetched on demand;
 * - any address with a query string: the tools keep their state there
 *   (`/value/?dues=…`, `/search/?q=…`), and such a page is worth nothing
 *   prefetched;
 * - `/admin/`, the editors' CMS, which is not a page for visitors.
 * The browser decides the rest: Chromium prefetches nothing when the
 * visitor asks to save data or battery (see docs/performance.md). A
 * browser without the Speculation Rules API ignores the block.
 */
export function speculationRules(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return JSON.stringify({
    prefetch: [
      {
        where: {
          and: [
            { href_matches: `${root}*` },
            // "\\?" starts the query in a URL pattern; "(.+)" asks for at least one character of it.
            { not: { href_matches: [`${root}search/*`, `${root}admin/*`, '/*\\?(.+)'] } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  });
}
