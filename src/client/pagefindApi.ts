/*
 * The parts of Pagefind's browser API (pagefind.js, written by the build)
 * that the site uses. Pagefind ships no types for it.
 */
import { SEARCH_TERMS_FIELD } from '../lib/search/searchIndexing.ts';
import type { Anchor } from '../lib/search/excerpts.ts';

/** What Pagefind keeps of a page: its indexed text, headings with ids, metadata and filters. */
interface PagefindResultData {
  url: string;
  content: string;
  anchors: Anchor[];
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the matched words are in the page's text (empty when only metadata matched). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/**
 * How much a page's search terms count when a word matches them, as
 * Pagefind's metadata weights go (its title counts 5; other metadata 1).
 * Enough that a page listing "senator" comes before pages that merely
 * mention a word near it, not so much that it beats a page about the word.
 */
const SEARCH_TERMS_WEIGHT = 3;

let loading: Promise<PagefindApi> | undefined;
let failedAttempts = 0;

/**
 * Loads the search engine and its index from the site itself, once. Nothing
 * of it is downloaded until a visitor reaches for search.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    // Browsers remember a module that failed to load, so a retry asks for it under a new address.
    const retry = failedAttempts > 0 ? `?retry=${failedAttempts}` : '';
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`)) as PagefindApi;
    // No web worker: an index this size searches in milliseconds on the page, and the
    // worker would be one more download (and one more thing the security policy must allow).
    // Excerpts and the highlight address are the site's own (searchResultView.ts), so Pagefind's are not asked for.
    await pagefind.options({
      baseUrl: base,
      noWorker: true,
      ranking: { metaWeights: { [SEARCH_TERMS_FIELD]: SEARCH_TERMS_WEIGHT } },
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
    failedAttempts += 1;
  });
  return loading;
}
