/**
 * The Pagefind metadata a page's `searchTerms` go in, beside the title.
 * Pagefind searches it (with the weight src/client/pagefindApi.ts gives it),
 * and being an attribute it is never on screen, read aloud or in an excerpt.
 */
export const SEARCH_TERMS_FIELD = 'terms';

/** The `data-pagefind-meta` of a page's `<h1>`: the terms go last, as Pagefind keeps commas only in the last field. */
export function titleAndTermsMeta(terms: readonly string[]): string {
  return terms.length > 0 ? `title, ${SEARCH_TERMS_FIELD}:${terms.join(', ')}` : 'title';
}

/**
 * Pagefind weight of a tool page's text. It repeats the benefit pages, so
 * the tools would come up in most searches; their title and search terms
 * still bring them first when a visitor asks for a tool.
 */
export const TOOL_TEXT_WEIGHT = 0.2;
