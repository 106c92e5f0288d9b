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
      const text = decodeEntities(part);
      const last = pieces.at(-1);
      if (last && last.marked === marked) last.text += text;
      else pieces.push({ text, marked });
    }
  }
  return pieces;
}

/** What the live region says after a search, for screen-reader users and everyone else. */
export function resultsMessage(count: number, query: string, filtered: boolean): string {
  const what = query.trim() ? `for “${query.trim()}”` : 'for the chosen filters';
  if (count === 0) {
    return `No results ${what}. Try fewer or different words${filtered ? ', or clear the filters' : ''}.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} ${what}${filtered && query.trim() ? ', filtered' : ''}.`;
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
  return { query: (params.get('q') ?? '').slice(0, 200), filters };
}

/** The query string for a search, so it can be shared and bookmarked; empty parts are left out. */
export function searchToUrl(query: string, filters: FilterSelection): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
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
