/*
 * The search interface, loaded only when a visitor reaches for search. One
 * panel drives both the header dialog (searchDialog.ts) and the /search/ page
 * (searchPage.ts); it decides when to search and hands the parts their work:
 *   pagefindApi.ts    loads the search engine and its index,
 *   searchAddress.ts  keeps the /search/ page's search in its address,
 *   searchFilters.ts  the filter checkboxes and their counts,
 *   searchResults.ts  shows results, from searchTemplates.html,
 *   searchKeyboard.ts the arrow keys and Enter in the search field,
 *   liveRegion.ts     says the count, for screen readers and everyone else.
 */
import { pagefindFilters, resultsMessage } from '../lib/search/searchText.ts';
import { LiveRegion } from './liveRegion.ts';
import { loadPagefind, type PagefindApi, type PagefindResultData } from './pagefindApi.ts';
import { requiredElement } from './requiredElement.ts';
import { searchAddress } from './searchAddress.ts';
import { FILTER_NAMES, SearchFilters } from './searchFilters.ts';
import { SearchKeyboard } from './searchKeyboard.ts';
import { SearchResults } from './searchResults.ts';

const MAX_PAGES = 10;
/** Results follow typing after this pause. */
const TYPING_PAUSE_MS = 120;

export class SearchPanel {
  private readonly field: HTMLInputElement;
  private readonly liveRegion: LiveRegion;
  private readonly results: SearchResults;
  private readonly keyboard: SearchKeyboard;
  private readonly filters: SearchFilters;
  private pagefind: PagefindApi | undefined;
  private starting: Promise<void> | undefined;
  /** The query and filters the results on screen were found for. */
  private shownFor = '';
  private searchNumber = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the visitor has typed in the field, rather than the address filling it. */
  private typedSinceLoad = false;

  /**
   * `onSearchPage`: the /search/ page keeps its search in the address and,
   * on wide screens, starts with the filters open; the dialog does neither.
   */
  constructor(
    form: HTMLFormElement,
    private readonly onSearchPage: boolean,
  ) {
    this.field = requiredElement<HTMLInputElement>(form, '[data-search-input]');
    this.liveRegion = new LiveRegion(requiredElement(form, '[data-search-status]'));
    this.results = new SearchResults(requiredElement(form, '[data-search-results]'));
    this.keyboard = new SearchKeyboard(this.field, () => void this.openChosen());
    // Read the address before anything loads, and never overwrite what the visitor already typed.
    const fromAddress = onSearchPage ? searchAddress.read(FILTER_NAMES) : undefined;
    if (fromAddress && !this.field.value) this.field.value = fromAddress.query;
    this.filters = new SearchFilters(requiredElement(form, '[data-search-filters]'), fromAddress?.filters ?? {}, {
      changed: () => void this.search('now'),
      cleared: () => {
        void this.search('now');
        this.field.focus();
      },
      opened: () => void this.recount(),
    });
    // The Search button runs the search at once; Enter in the field opens a result (searchKeyboard.ts).
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search('now');
    });
    this.field.addEventListener('input', () => {
      this.typedSinceLoad = true;
      this.scheduleSearch();
    });
    this.field.addEventListener('focus', () => void this.start());
  }

  /** Loads Pagefind and shows results; after a failure, the next call (focus, reopening) tries again. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        this.pagefind = await loadPagefind();
        // In the dialog, and on phones, open filters would push the results out of sight.
        await this.filters.start(this.pagefind, this.onSearchPage && matchMedia('(min-width: 40rem)').matches);
        // Words typed while search was loading may still be half typed: wait for the
        // pause, so they fetch no results nobody will see. A query from the address runs now.
        const typedByVisitor = !this.onSearchPage || this.typedSinceLoad;
        if (typedByVisitor && this.field.value.trim()) this.scheduleSearch();
        else await this.search('now');
      } catch (error) {
        this.starting = undefined;
        this.failed(error);
      }
    })();
    return this.starting;
  }

  private failed(error: unknown): void {
    this.show([], '');
    this.liveRegion.say('Search could not load. Check your connection, or browse all benefits from A to Z.', 'now');
    console.error(error);
  }

  private scheduleSearch(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search('after pause'), TYPING_PAUSE_MS);
  }

  /** What is searched for now: the query and the filters chosen. */
  private stateKey(): string {
    return `${this.field.value.trim()}\u0000${JSON.stringify(this.filters.chosen)}`;
  }

  /** Runs the search on screen now; the live region says the count at once or once typing pauses. */
  private async search(announce: 'now' | 'after pause'): Promise<void> {
    // Not loaded (still loading, or it failed): starting again is a no-op or a retry, and searches when ready.
    if (!this.pagefind) {
      void this.start();
      return;
    }
    clearTimeout(this.typingTimer);
    const number = ++this.searchNumber;
    const query = this.field.value.trim();
    const key = this.stateKey();
    const filtered = this.filters.anyChosen();
    if (this.onSearchPage) searchAddress.write(query, this.filters.chosen);
    if (!query && !filtered) {
      this.filters.showTotals();
      this.show([], key);
      this.liveRegion.say('Type a word, such as “mentor”, or choose a filter.', 'now');
      return;
    }
    try {
      const search = await this.pagefind.search(query || null, { filters: pagefindFilters(this.filters.chosen) });
      // A newer search started meanwhile: fetch no excerpts for results that will never be shown.
      if (number !== this.searchNumber) return;
      const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
      if (number !== this.searchNumber) return; // A newer search has started; drop this one.
      this.filters.showCounts(search.filters);
      this.show(pages, key);
      this.liveRegion.say(resultsMessage(search.results.length, query, filtered), announce);
    } catch (error) {
      if (number === this.searchNumber) this.failed(error);
    }
  }

  /**
   * Results already shown were counted before the filter values arrived: counts them
   * again for the same query, without touching the results or the live region.
   */
  private async recount(): Promise<void> {
    const query = this.field.value.trim();
    if (!this.pagefind || (!query && !this.filters.anyChosen())) return;
    const key = this.stateKey();
    try {
      const search = await this.pagefind.search(query || null, { filters: pagefindFilters(this.filters.chosen) });
      if (key === this.stateKey()) this.filters.showCounts(search.filters);
    } catch {
      // The counts stay as they were; the next search shows any problem.
    }
  }

  private show(pages: PagefindResultData[], key: string): void {
    this.shownFor = key;
    this.keyboard.setOptions(this.results.show(pages));
  }

  /** Opens the chosen result, or the first one; if typing has outrun the list, searches first. */
  private async openChosen(): Promise<void> {
    if (this.shownFor !== this.stateKey()) await this.search('now');
    const option = this.keyboard.chosen();
    if (option) location.assign(option.href);
  }
}
