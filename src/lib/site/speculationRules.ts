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
 * A script takes them away unless {@link prefetchSuits} the connection
 * (src/client/prefetchNextPage.ts); Chromium also prefetches nothing when
 * the visitor asks to save battery (see docs/performance.md). A browser
 * without the Speculation Rules API ignores them.
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

/** What a browser tells a page of the visitor's connection (the Network Information API; Chromium only). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * Whether fetching pages ahead suits the visitor's connection: not when they
 * ask to save data, nor on one the browser rates `2g` or `slow-2g` (round
 * trips of 1.4 s and more, under 70 kbit/s), where a page fetched and then
 * not opened costs them time and money. 3G and faster get the rules: they
 * fetch only the page whose link the visitor points at. A browser that says
 * nothing of the connection gets them too; it decides for itself.
 */
export function prefetchSuits(connection: ConnectionHints | undefined): boolean {
  return !connection?.saveData && !/2g$/.test(connection?.effectiveType ?? '');
}
