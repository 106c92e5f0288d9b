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

/** Up to this many pages, the whole site's excerpts travel in {@link SMALL_SITE_FRAGMENT_FILES} files. */
export const SMALL_SITE_PAGES = 32;
const SMALL_SITE_FRAGMENT_FILES = 2;

/**
 * Pagefind's `maxFragments`: how many files the excerpts shown in results are
 * split into. By default each page has its own, so a first search fetches
 * one file per result shown, which on a small site costs more requests than
 * bytes. A small site bundles them into two files (a first search then always
 * takes a fixed handful of requests); a large one keeps one per page, so a
 * search downloads only the excerpts it shows.
 */
export function fragmentFilesFor(pageCount: number): number {
  return pageCount <= SMALL_SITE_PAGES ? SMALL_SITE_FRAGMENT_FILES : pageCount;
}
