/*
 * The parts of Pagefind's browser API (pagefind.js, written by the build)
 * that the site uses. Pagefind ships no types for it.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  debouncedSearch(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
}

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
    await pagefind.options({ baseUrl: base, excerptLength: 24, highlightParam: 'highlight', noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
    failedAttempts += 1;
  });
  return loading;
}
