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

/** Up to this many pages, the whole site's excerpts travel in one file. */
export const SMALL_SITE_PAGES = 32;

/**
 * Pagefind's `maxFragments`: how many files the excerpts shown in results are
 * split into. By default each page has its own, so a first search fetches
 * one file per result shown, which on a small site costs more requests than
 * bytes. A small site bundles them into one file: ten results on a site this
 * size almost always come from every part of it, so two files were both
 * fetched anyway, and one compresses better (this site: 16.5 KB brotli
 * instead of 17.5 KB in two) and is one request fewer. A large site keeps one
 * per page, so a search downloads only the excerpts it shows.
 */
export function fragmentFilesFor(pageCount: number): number {
  return pageCount <= SMALL_SITE_PAGES ? 1 : pageCount;
}
