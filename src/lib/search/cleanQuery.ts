/** The text the search interface echoes, and the search kept in the address. Pure, so it is unit-tested. */

/**
 * The longest query the search fields accept (their `maxlength`) and the
 * address carries: longer ones find nothing more, and a long enough address
 * earns the visitor the web server's bare "URI too long" page.
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * `text` without bidirectional controls (LRE to RLO, LRI to PDI, LRM, RLM, ALM): in text the site echoes, a
 * right-to-left override would reverse the site's own words around it. Right-to-left letters stay.
 */
export const withoutBidiControls = (text: string) =>
  text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '');

/** A query as the site keeps it: no bidirectional controls or outer spaces, at most MAX_QUERY_LENGTH characters, never cut inside an emoji. */
export function cleanQuery(query: string): string {
  const text = withoutBidiControls(query).trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const highSurrogate = /[\ud800-\udbff]/.test(text.charAt(MAX_QUERY_LENGTH - 1));
  return text.slice(0, MAX_QUERY_LENGTH - (highSurrogate ? 1 : 0)).trimEnd();
}

/** Selected filter values by filter name, e.g. `{ audience: ['Managers'] }`. */
export type FilterSelection = Record<string, string[]>;

/** The search a URL describes: `?q=mentor&audience=Managers&benefit=Get+training`. */
export function searchFromUrl(search: string, filterNames: readonly string[]) {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter((value) => value.trim() !== '');
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** The query string for a search, so it can be shared and bookmarked; empty parts are left out. */
export function searchToUrl(query: string, filters: FilterSelection): string {
  const q = cleanQuery(query);
  const params = new URLSearchParams(q ? { q } : {});
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  return params.size > 0 ? `?${params}` : '';
}
