/*
 * The search interface, loaded only when a visitor opens search. One panel
 * class drives both the header dialog and the /search/ page. Everything shown
 * is built as DOM nodes with textContent: nothing from the query or the index
 * is ever parsed as HTML.
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

class SearchPanel {
  private readonly input: HTMLInputElement;
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
   * `syncUrl`: the /search/ page keeps its search in the address and,
   * on wide screens, starts with the filters open; the dialog does neither.
   */
  constructor(
    form: HTMLFormElement,
    private readonly syncUrl: boolean,
  ) {
    this.input = requiredElement<HTMLInputElement>(form, '[data-search-input]');
    this.liveRegion = new LiveRegion(requiredElement(form, '[data-search-status]'));
    this.results = new SearchResults(requiredElement(form, '[data-search-results]'));
    this.keyboard = new SearchKeyboard(this.input, () => void this.openActive());
    // Read the address before anything loads, and never overwrite what the visitor already typed.
    const fromAddress = syncUrl ? searchAddress.read(FILTER_NAMES) : undefined;
    if (fromAddress && !this.input.value) this.input.value = fromAddress.query;
    this.filters = new SearchFilters(requiredElement(form, '[data-search-filters]'), fromAddress?.filters ?? {}, {
      changed: () => void this.search('now'),
      cleared: () => {
        void this.search('now');
        this.input.focus();
      },
      opened: () => void this.recount(),
    });
    // The Search button runs the search at once; Enter in the field opens a result (searchKeyboard.ts).
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search('now');
    });
    this.input.addEventListener('input', () => {
      this.typedSinceLoad = true;
      this.scheduleSearch();
    });
    this.input.addEventListener('focus', () => void this.start());
  }

  /** Loads Pagefind and shows results; after a failure, the next call (focus, reopening) tries again. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        this.pagefind = await loadPagefind();
        // In the dialog, and on phones, open filters would push the results out of sight.
        await this.filters.start(this.pagefind, this.syncUrl && matchMedia('(min-width: 40rem)').matches);
        // Words typed while search was loading may still be half typed: wait for the
        // pause, so they fetch no results nobody will see. A query from the address runs now.
        const typedByVisitor = !this.syncUrl || this.typedSinceLoad;
        if (typedByVisitor && this.input.value.trim()) this.scheduleSearch();
        else await this.search('now');
      } catch (error) {
        this.starting = undefined;
        this.failed(error);
      }
    })();
    return this.starting;
  }

  private failed(error: unknown): void {
    this.showResults([], '');
    this.liveRegion.say('Search could not load. Check your connection, or browse all benefits from A to Z.', 'now');
    console.error(error);
  }

  private scheduleSearch(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search('after pause'), TYPING_PAUSE_MS);
  }

  /** What is searched for now: the query and the filters chosen. */
  private stateKey(): string {
    return `${this.input.value.trim()}\u0000${JSON.stringify(this.filters.chosen)}`;
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
    const query = this.input.value.trim();
    const key = this.stateKey();
    const filtered = this.filters.anyChosen();
    if (this.syncUrl) searchAddress.write(query, this.filters.chosen);
    if (!query && !filtered) {
      this.filters.showTotals();
      this.showResults([], key);
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
      this.showResults(pages, key);
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
    const query = this.input.value.trim();
    if (!this.pagefind || (!query && !this.filters.anyChosen())) return;
    const key = this.stateKey();
    try {
      const search = await this.pagefind.search(query || null, { filters: pagefindFilters(this.filters.chosen) });
      if (key === this.stateKey()) this.filters.showCounts(search.filters);
    } catch {
      // The counts stay as they were; the next search shows any problem.
    }
  }

  private showResults(pages: PagefindResultData[], key: string): void {
    this.shownFor = key;
    this.keyboard.setOptions(this.results.show(pages));
  }

  /** Opens the chosen result, or the first one; if typing has outrun the list, searches first. */
  private async openActive(): Promise<void> {
    if (this.shownFor !== this.stateKey()) await this.search('now');
    const option = this.keyboard.chosen();
    if (option) location.assign(option.href);
  }
}

const panels = new WeakMap<HTMLFormElement, SearchPanel>();

function panelFor(form: HTMLFormElement, syncUrl: boolean): SearchPanel {
  let panel = panels.get(form);
  if (!panel) {
    panel = new SearchPanel(form, syncUrl);
    panels.set(form, panel);
  }
  return panel;
}

/** Brings the header dialog's search to life; the launcher has already opened it. */
export function attachSearchDialog(dialog: HTMLDialogElement): void {
  const form = dialog.querySelector<HTMLFormElement>('[data-search-panel]');
  // Starting again is a no-op once loaded, and a retry if loading failed before.
  if (form) void panelFor(form, false).start();
}

/** Starts the /search/ page's panel straight away, reading the query and filters from the URL. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page] [data-search-panel]');
  if (!form) return;
  document.querySelector<HTMLElement>('[data-search-page-panel]')?.removeAttribute('hidden');
  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  void panelFor(form, true).start();
}
