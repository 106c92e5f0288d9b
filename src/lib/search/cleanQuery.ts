/**
 * Pure helpers for the search interface: the text it echoes, and the state
 * kept in the URL. Nothing here touches the DOM, so all of it is unit-tested.
 */

/**
 * The longest query the search fields accept (their `maxlength`) and the
 * address carries: longer ones find nothing more, and a long enough address
 * earns the visitor the web server's bare "URI too long" page.
 */
export const MAX_QUERY_LENGTH = 200;

/*
 * Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM,
 * ALM): inside text the site echoes, a right-to-left override would reverse the
 * site's own words around it. Letters of right-to-left scripts are not controls
 * and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** `text` without bidirectional control characters, so it cannot reorder the text around it. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A query as the site keeps it: no bidirectional controls, no outer spaces,
 * at most MAX_QUERY_LENGTH characters, never cut between the two halves of
 * an emoji or other character outside the Basic Multilingual Plane.
 */
export function cleanQuery(query: string): string {
  let text = withoutBidiControls(query).trim();
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = /[\ud800-\udbff]/.test(text.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
    text = text.slice(0, cut).trimEnd();
  }
  return text;
}

/** Selected filter values by filter name, e.g. `{ audience: ['Managers'] }`. */
export type FilterSelection = Record<string, string[]>;

/** The search a URL describes: `?q=mentor&audience=Managers&benefit=Get+training`. */
export function searchFromUrl(
  search: string,
  filterNames: readonly string[],
): { query: string; filters: FilterSelection } {
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
  const params = new URLSearchParams();
  const cleaned = cleanQuery(query);
  if (cleaned) params.set('q', cleaned);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
