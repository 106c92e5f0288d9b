/* The parts of Pagefind's browser API (pagefind.js, written by the build) that the site uses: it ships no types. */
import { SEARCH_TERMS_FIELD } from '../lib/search/searchIndexing.ts';
import type { PageText } from '../lib/search/resultView.ts';

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the matched words are in the page's text (none when only metadata matched). */
  words: number[];
  data(): Promise<PageText>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * How much a page's search terms count when a word matches them (Pagefind's
 * title counts 5, other metadata 1): a page listing "senator" comes before
 * pages that merely mention a word near it, not before a page about it.
 */
const SEARCH_TERMS_WEIGHT = 3;

let loading: Promise<PagefindApi> | undefined;
let failedAttempts = 0;

/** Loads the search engine and its index from the site itself, once, when a visitor first reaches for search. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    // Browsers remember a module that failed to load, so a retry asks for it under a new address.
    const retry = failedAttempts > 0 ? `?retry=${failedAttempts}` : '';
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`)) as PagefindApi;
    // No web worker: this index searches in milliseconds on the page, and the worker is one more download
    // (and one more thing the security policy must allow).
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
