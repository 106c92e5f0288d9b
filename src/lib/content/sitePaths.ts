/**
 * Prefixes a site path with the base path the site is served under, so the
 * same build logic works at the root of a domain (`/`) and in a folder
 * (`/library-benefits/`). Addresses with a scheme, protocol-relative ones,
 * fragments and relative paths are returned as they are.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  // Always prefix: a site path that merely looks like the base (/benefits/… under
  // a /benefits/ base) is still a site path.
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The site path of a benefit page. */
export function benefitPath(id: string): string {
  return `/benefits/${id}/`;
}

/** The site path of an audience's page, e.g. `/for/students/`. */
export function rolePath(id: string): string {
  return `/for/${id}/`;
}
