/**
 * Prefixes a site path with the base path the site is served under, so the
 * same build logic works at the root of a domain (`/`) and in a folder
 * (`/library-benefits/`). Addresses with a scheme, protocol-relative ones,
 * fragments and relative paths are returned as they are.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.replace(/\/+$/, '');
  if (trimmedBase !== '' && (path === trimmedBase || path.startsWith(`${trimmedBase}/`))) return path;
  return `${trimmedBase}${path}`;
}

/** The site path of a benefit page. */
export function benefitPath(id: string): string {
  return `/benefits/${id}/`;
}
