/**
 * How a page's `searchTerms` reach the search index: as Pagefind metadata
 * under this name, beside the title. Pagefind searches metadata (with the
 * weight the search interface gives this field, src/client/pagefindApi.ts)
 * but a page never shows it: it is an attribute value, so it is not on
 * screen, not read by screen readers and never part of an excerpt.
 */
export const SEARCH_TERMS_FIELD = 'terms';

/**
 * The `data-pagefind-meta` value for a page's `<h1>`: its title, then its
 * search terms. Pagefind keeps the commas of inline metadata only when it
 * comes last, so the terms go last.
 */
export function titleAndTermsMeta(terms: readonly string[]): string {
  return terms.length > 0 ? `title, ${SEARCH_TERMS_FIELD}:${terms.join(', ')}` : 'title';
}

/**
 * Pagefind weight of a tool page's text (the value calculator, the letter to
 * an employer). Their text repeats what the benefit pages say, so without it
 * they would come up in most searches; they should come first only when a
 * visitor asks for a tool, which their title and search terms catch.
 */
export const TOOL_TEXT_WEIGHT = 0.2;
