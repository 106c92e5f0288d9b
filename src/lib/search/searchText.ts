/**
 * Pure helpers for the search interface: turning Pagefind's excerpts into
 * safe pieces of text, the words it says, and the state kept in the URL.
 * Nothing here touches the DOM, so all of it is unit-tested.
 */

/** A run of excerpt text, and whether it matched the query. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind may leave in excerpt text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt such as `learn from a <mark>mentor</mark>` into text
 * pieces. Only `<mark>` is understood; any other tag-like text stays literal
 * text, so whatever the index holds can never become markup on the page.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = withoutBidiControls(decodeEntities(part));
      const last = pieces.at(-1);
      if (last && last.marked === marked) last.text += text;
      else pieces.push({ text, marked });
    }
  }
  return pieces;
}

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

/** What the live region says after a search, for screen-reader users and everyone else. */
export function resultsMessage(count: number, query: string, filtered: boolean): string {
  const shown = cleanQuery(query);
  const what = shown ? `for “${shown}”` : 'for the chosen filters';
  if (count === 0) {
    return `No results ${what}. Try fewer or different words${filtered ? ', or clear the filters' : ''}.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} ${what}${filtered && shown ? ', filtered' : ''}.`;
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

/** Pagefind's filter argument: any chosen value within a filter, every filter at once. */
export function pagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}
