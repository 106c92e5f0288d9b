/** `<title>` for a page: "Page – Site", or just the site name on the home page. */
export function pageTitle(title: string | undefined, siteTitle: string): string {
  const trimmed = title?.trim();
  return trimmed && trimmed !== siteTitle ? `${trimmed} – ${siteTitle}` : siteTitle;
}

/**
 * Absolute canonical address for a site path. Paths always end in a slash so
 * that one page has exactly one address, matching `trailingSlash: 'always'`.
 */
export function canonicalUrl(pathname: string, siteUrl: string): string {
  const withSlash = /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return new URL(withSlash, siteUrl).href;
}

/**
 * Where a page's link-preview image is built: `/` → `/og/index.png`,
 * `/benefits/training/` → `/og/benefits/training.png`. Takes the path without
 * the base path.
 */
export function socialImageKey(pathname: string): string {
  const trimmed = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}
