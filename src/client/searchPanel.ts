/*
 * The search interface, loaded only when a visitor reaches for search. One
 * panel drives both the header dialog (searchDialog.ts) and the /search/ page
 * (searchPage.ts); it decides when to search and hands the parts their work:
 *   pagefindApi.ts    loads the search engine and its index,
 *   searchQuery.ts    runs a query: its words, synonyms and corrections,
 *   searchAddress.ts  keeps the /search/ page's search in its address,
 *   searchFilters.ts  the filter checkboxes, their counts, and filtering,
 *   searchResults.ts  shows results, from searchTemplates.html,
 *   searchKeyboard.ts the arrow keys and Enter in the search field,
 *   liveRegion.ts     says the status to screen readers once typing pauses.
 * Its words are in searchStrings.ts.
 */
import type { RankedPage } from '../lib/search/rankPages.ts';
import { resultView, type ResultView } from '../lib/search/resultView.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import { LiveRegion } from './liveRegion.ts';
import { loadPagefind, type PagefindApi } from './pagefindApi.ts';
import { requiredElement } from './requiredElement.ts';
import { searchAddress } from './searchAddress.ts';
import { FILTER_NAMES, SearchFilters } from './searchFilters.ts';
import { SearchKeyboard } from './searchKeyboard.ts';
import { allPages, runQuery, type QueryOutcome } from './searchQuery.ts';
import { SearchResults } from './searchResults.ts';
import { searchStrings } from './searchStrings.ts';

/** Pages shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;
/** Results follow typing after this pause. */
const TYPING_PAUSE_MS = 120;

/** What the list shows now: the pages found, and how many of them are on screen. */
interface Shown {
  outcome: QueryOutcome;
  pages: RankedPage[];
  count: number;
}

export class SearchPanel {
  private readonly field: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly liveRegion: LiveRegion;
  private readonly results: SearchResults;
  private readonly keyboard: SearchKeyboard;
  private readonly filters: SearchFilters;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private pagefind: PagefindApi | undefined;
  private starting: Promise<void> | undefined;
  /** The query and filters the results on screen were found for. */
  private shownFor = '';
  private shown: Shown | undefined;
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
    // Everything under the field comes with this code, not with every page (cloneTemplate.ts).
    const parts = cloneTemplate('panel');
    requiredElement(form, '[data-search-loading]').replaceWith(parts);
    const hint = slot(parts, 'hint');
    hint.id = `${this.field.id}-hint`;
    hint.textContent = searchStrings.keyboardHint;
    this.field.setAttribute('aria-describedby', hint.id);
    const list = slot(parts, 'results');
    list.id = `${this.field.id}-results`;
    // A combobox over the results listbox (searchKeyboard.ts), now that the listbox exists.
    this.field.setAttribute('role', 'combobox');
    this.field.setAttribute('aria-autocomplete', 'list');
    this.field.setAttribute('aria-expanded', 'false');
    this.field.setAttribute('aria-controls', list.id);
    this.summary = slot(parts, 'summary');
    this.summary.textContent = searchStrings.loading;
    this.liveRegion = new LiveRegion(slot(parts, 'status'));
    this.results = new SearchResults(list);
    this.more = slot<HTMLButtonElement>(parts, 'more');
    this.more.addEventListener('click', () => void this.showMore());
    this.empty = slot(parts, 'empty');
    this.fillEmptyState();
    this.keyboard = new SearchKeyboard(this.field, () => void this.openChosen());
    // Read the address before anything loads, and never overwrite what the visitor already typed.
    const fromAddress = onSearchPage ? searchAddress.read(FILTER_NAMES) : undefined;
    if (fromAddress && !this.field.value) this.field.value = fromAddress.query;
    this.filters = new SearchFilters(slot(parts, 'filters'), fromAddress?.filters ?? {}, {
      changed: () => void this.search('now'),
      cleared: () => {
        void this.search('now');
        this.field.focus();
      },
      opened: () => this.recount(),
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
    this.showPages([], '', false);
    this.say(searchStrings.failed, 'now');
    console.error(error);
  }

  /** The status line: seen at once, heard now or once typing pauses. */
  private say(message: string, announce: 'now' | 'after pause'): void {
    this.summary.textContent = message;
    this.liveRegion.say(message, announce);
  }

  private scheduleSearch(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search('after pause'), TYPING_PAUSE_MS);
  }

  /** What is searched for now: the query and the filters chosen. */
  private stateKey(): string {
    return `${this.field.value.trim()}\u0000${JSON.stringify(this.filters.chosen)}`;
  }

  /** Runs the search on screen now; the live region says the result at once or once typing pauses. */
  private async search(announce: 'now' | 'after pause'): Promise<void> {
    // Not loaded (still loading, or it failed): starting again is a no-op or a retry, and searches when ready.
    const pagefind = this.pagefind;
    if (!pagefind) {
      void this.start();
      return;
    }
    clearTimeout(this.typingTimer);
    const number = ++this.searchNumber;
    const query = this.field.value.trim();
    const key = this.stateKey();
    // Stale once a newer search starts, or once the field or filters change: the visitor typing on while
    // this search runs would otherwise see results for words the field no longer holds, until the pause.
    const wanted = () => number === this.searchNumber && this.stateKey() === key;
    const filtered = this.filters.anyChosen();
    if (this.onSearchPage) searchAddress.write(query, this.filters.chosen);
    if (!query && !filtered) {
      this.filters.showTotals();
      this.showPages([], key, false);
      this.say(searchStrings.idle, 'now');
      return;
    }
    try {
      const outcome = query ? await runQuery(pagefind, query, wanted) : await allPages(pagefind);
      // A newer search started meanwhile: fetch no excerpts for results that will never be shown.
      if (!wanted()) return;
      const pages = outcome.pages.filter((page) => this.filters.allows(page.id));
      const views = await this.views(outcome, pages.slice(0, PAGE_SIZE));
      if (!wanted()) return;
      this.filters.showCounts(outcome.pages.map((page) => page.id));
      this.shown = { outcome, pages, count: views.length };
      this.showPages(views, key, true);
      const withAll = pages.filter((page) => page.held >= outcome.topics).length;
      this.say(
        searchStrings.found({ query, count: pages.length, withAll, corrections: outcome.corrections, filtered }),
        announce,
      );
    } catch (error) {
      if (wanted()) this.failed(error);
    }
  }

  /** What each of these pages shows as a result, read from the index. */
  private async views(outcome: QueryOutcome, pages: readonly RankedPage[]): Promise<ResultView[]> {
    return Promise.all(
      pages.map(async (page) => {
        const result = outcome.results.get(page.id);
        if (!result) throw new Error(`No search result for page ${page.id}`);
        return resultView(await result.data(), page);
      }),
    );
  }

  /** Adds the next pages to the list, and moves the choice to the first of them. */
  private async showMore(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const number = this.searchNumber;
    const next = shown.pages.slice(shown.count, shown.count + PAGE_SIZE);
    const views = await this.views(shown.outcome, next);
    if (number !== this.searchNumber) return;
    const firstNew = shown.count;
    shown.count += views.length;
    this.keyboard.setOptions(this.results.add(views));
    this.showMoreButton();
    // The button may be gone now: focus goes back to the field, on the first page added.
    this.field.focus();
    this.keyboard.chooseOption(this.results.pageOption(firstNew));
    this.liveRegion.say(searchStrings.shownMore(shown.count, shown.pages.length), 'now');
  }

  private showMoreButton(): void {
    const left = this.shown ? this.shown.pages.length - this.shown.count : 0;
    this.more.hidden = left <= 0;
    this.more.textContent = searchStrings.showMore(Math.min(left, PAGE_SIZE));
  }

  /** Counts the pages found again once the filter values have arrived, without searching anew. */
  private recount(): void {
    if (this.shown && this.shownFor === this.stateKey()) {
      this.filters.showCounts(this.shown.outcome.pages.map((page) => page.id));
    } else if (!this.field.value.trim() && !this.filters.anyChosen()) {
      this.filters.showTotals();
    }
  }

  /** Shows these results, or, after a search that found none, what to try instead. */
  private showPages(views: readonly ResultView[], key: string, searched: boolean): void {
    this.shownFor = key;
    if (views.length === 0) this.shown = undefined;
    this.keyboard.setOptions(this.results.show(views));
    this.showMoreButton();
    this.empty.hidden = views.length > 0 || !searched;
    slot(this.empty, 'empty-clear').hidden = !this.filters.anyChosen();
  }

  /** What the empty state offers: other words, the most useful pages, and clearing the filters. */
  private fillEmptyState(): void {
    slot(this.empty, 'empty-try').textContent = searchStrings.emptyTry;
    const list = slot(this.empty, 'empty-pages');
    for (const page of searchStrings.usefulPages) {
      const item = cloneTemplate('useful-page');
      const link = slot<HTMLAnchorElement>(item, 'link');
      link.href = `${import.meta.env.BASE_URL}${page.path}`;
      link.textContent = page.label;
      list.append(item);
    }
    const clear = slot<HTMLButtonElement>(this.empty, 'empty-clear');
    clear.textContent = searchStrings.clearFilters;
    clear.addEventListener('click', () => {
      this.filters.clear();
      void this.search('now');
      this.field.focus();
    });
  }

  /** Opens the chosen result, or the first one; if typing has outrun the list, searches first. */
  private async openChosen(): Promise<void> {
    if (this.shownFor !== this.stateKey()) await this.search('now');
    const option = this.keyboard.chosen();
    if (option) location.assign(option.href);
  }
}
