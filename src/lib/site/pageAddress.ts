/**
 * The addresses the browser code writes: a link a tool copies, the address
 * bar it keeps up to date, and the part of the page the fragment names.
 *
 * None of them is built from `location.pathname` or `location.href`. A host
 * that decodes `%2F` (nginx does) serves a crafted path such as
 * `//other.example/x%2F..%2F..%2Fvalue/` as the value calculator, and that
 * path, read back and resolved, names another host (`//` starts an address
 * without a scheme). They start instead from the page's canonical address,
 * written into the page at build time from the configured site address
 * (SITE_URL) and the page's own path, base path included.
 */

/**
 * The link a tool copies: the page's canonical address with the tool's
 * `query` (without `?`) and the `fragment` (`location.hash`, with or
 * without `#`). Always on the configured site's host: the query and the
 * fragment are escaped into their own parts and cannot change it.
 */
export function shareableAddress(canonical: string, query: string, fragment = ''): string {
  const address = new URL(canonical);
  address.search = query;
  address.hash = fragment;
  return address.href;
}

/**
 * The same address without its origin, for `history.replaceState`: the
 * page's own path, the query and the fragment. It stays on whatever host
 * served the page (a preview, or a site whose SITE_URL is not set yet), and
 * a crafted path the page was opened at is not kept in the address bar.
 */
export function inPageAddress(canonical: string, query: string, fragment = ''): string {
  const address = new URL(shareableAddress(canonical, query, fragment));
  // One leading slash, so the result is always read as a path on this host, never as `//host/…`.
  return `${address.pathname.replace(/^\/+/, '/')}${address.search}${address.hash}`;
}

/**
 * The element id a fragment (`location.hash`) names, decoded; `undefined`
 * when there is none, or when its escapes are malformed (`#%E0%A4%A`),
 * which `decodeURIComponent` would throw on.
 */
export function fragmentId(hash: string): string | undefined {
  const encoded = hash.startsWith('#') ? hash.slice(1) : hash;
  if (encoded === '') return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * True while the site's address is still a placeholder on the reserved
 * `.example` domain (SITE_URL not set): it leads nowhere, so what a visitor
 * reads, prints or copies leaves it out.
 */
export function isPlaceholderUrl(url: string): boolean {
  return new URL(url).hostname.endsWith('.example');
}
