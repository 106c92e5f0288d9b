/** The part of Pagefind's `pagefind-entry.json` that says how much was indexed. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Total pages in a Pagefind index, across languages, from the text of `pagefind-entry.json`. */
export function countIndexedPages(entryJson: string): number {
  const entry = JSON.parse(entryJson) as Partial<PagefindEntry>;
  if (!entry.languages || typeof entry.languages !== 'object') {
    throw new Error('pagefind-entry.json has no "languages" section: the search index is incomplete');
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
