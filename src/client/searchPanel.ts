/*
 * The search interface, loaded only when a visitor reaches for search. One panel drives both the header
 * dialog (searchDialog.ts) and the /search/ page (searchPage.ts): it decides when to search, keeps the
 * search page's search in its address and says the status, and hands out the rest: pagefindApi.ts loads
 * the engine, searchQuery.ts runs a query, searchFilters.ts and searchResults.ts show filters and results.
 */
import { searchFromUrl, searchToUrl } from '../lib/search/cleanQuery.ts';
import type { RankedPage } from '../lib/search/rankPages.ts';
import { resultView, type ResultView } from '../lib/search/resultView.ts';
import { inPageAddress } from '../lib/site/pageAddress.ts';
import { cloneTemplate, requiredElement, slot } from './cloneTemplate.ts';
import { loadPagefind, type PagefindApi } from './pagefindApi.ts';
import { FILTER_NAMES, SearchFilters } from './searchFilters.ts';
import { allPages, runQuery, type QueryOutcome } from './searchQuery.ts';
import { SearchResults } from './searchResults.ts';
import { searchStrings } from './searchStrings.ts';
import { canonicalAddress } from './toolActions.ts';

/** Pages shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;
/** Results follow typing after this pause. */
const TYPING_PAUSE_MS = 120;
/** Screen readers hear the status once typing has paused this long: one count, not one per letter. */
const ANNOUNCE_PAUSE_MS = 900;

type When = 'now' | 'after pause';

export class SearchPanel {
  private readonly field: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: SearchResults;
  private readonly filters: SearchFilters;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private pagefind: PagefindApi | undefined;
  private starting: Promise<void> | undefined;
  /** The query and filters the results on screen were found for. */
  private shownFor = '';
  /** The pages found, and how many of them are on screen. */
  private shown: { outcome: QueryOutcome; pages: RankedPage[]; count: number } | undefined;
  private searchNumber = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the visitor has typed in the field, rather than the address filling it. */
  private typedSinceLoad = false;

  /** `onSearchPage`: the /search/ page keeps its search in the address and, on wide screens, starts with the filters open. */
  constructor(
    form: HTMLFormElement,
    private readonly onSearchPage: boolean,
  ) {
    const field = requiredElement<HTMLInputElement>(form, '[data-search-input]');
    this.field = field;
    // Everything under the field comes with this code, not with every page (cloneTemplate.ts).
    const parts = cloneTemplate('panel');
    requiredElement(form, '[data-search-loading]').replaceWith(parts);
    const hint = slot(parts, 'hint');
    hint.id = `${field.id}-hint`;
    hint.textContent = searchStrings.keyboardHint;
    field.setAttribute('aria-describedby', hint.id);
    this.summary = slot(parts, 'summary');
    this.summary.textContent = searchStrings.loading;
    this.status = slot(parts, 'status');
    this.results = new SearchResults(slot(parts, 'results'), field, () => void this.openChosen());
    this.more = slot<HTMLButtonElement>(parts, 'more');
    this.more.addEventListener('click', () => void this.showMore());
    this.empty = slot(parts, 'empty');
    // Read the address before anything loads, and never overwrite what the visitor already typed.
    const fromAddress = onSearchPage ? searchFromUrl(location.search, FILTER_NAMES) : undefined;
    if (fromAddress && !field.value) field.value = fromAddress.query;
    this.filters = new SearchFilters(slot(parts, 'filters'), fromAddress?.filters ?? {}, (cleared) => {
      void this.search('now');
      if (cleared) field.focus();
    });
    this.fillEmptyState();
    // The Search button runs the search at once; Enter in the field opens a result (searchResults.ts).
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search('now');
    });
    field.addEventListener('input', () => {
      this.typedSinceLoad = true;
      this.scheduleSearch();
    });
    field.addEventListener('focus', () => void this.start());
  }

  /** Loads Pagefind and shows results; after a failure, the next call (focus, reopening, typing) tries again. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        this.pagefind = await loadPagefind();
        // In the dialog, and on phones, open filters would push the results out of sight.
        await this.filters.start(this.pagefind, this.onSearchPage && matchMedia('(min-width: 40rem)').matches);
        // Words typed while search was loading may be half typed: wait for the pause, so they fetch no
        // results nobody will see. A query from the address runs now.
        if ((!this.onSearchPage || this.typedSinceLoad) && this.field.value.trim()) this.scheduleSearch();
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
  private say(message: string, when: When): void {
    this.summary.textContent = message;
    this.announce(message, when);
  }

  /** Says `message` to screen readers (the live region), in place of anything still waiting to be said. */
  private announce(message: string, when: When): void {
    clearTimeout(this.announceTimer);
    const say = () => (this.status.textContent = message);
    if (when === 'now') say();
    else this.announceTimer = setTimeout(say, ANNOUNCE_PAUSE_MS);
  }

  private scheduleSearch(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search('after pause'), TYPING_PAUSE_MS);
  }

  /** What is searched for now: the query and the filters chosen. */
  private stateKey(): string {
    return `${this.field.value.trim()}\u0000${JSON.stringify(this.filters.selection)}`;
  }

  /** Runs the search on screen now; the status is heard at once or once typing pauses. */
  private async search(announce: When): Promise<void> {
    // Not loaded (still loading, or it failed): starting again is a no-op or a retry, and searches when ready.
    const pagefind = this.pagefind;
    if (!pagefind) return void this.start();
    clearTimeout(this.typingTimer);
    const number = ++this.searchNumber;
    const query = this.field.value.trim();
    const key = this.stateKey();
    // Stale once a newer search starts, or the field or filters change: the visitor typing on while this
    // search runs would otherwise see results for words the field no longer holds, until the pause.
    const wanted = () => number === this.searchNumber && this.stateKey() === key;
    const filtered = this.filters.anyChosen();
    if (this.onSearchPage) {
      // In place of the last one, so Back leaves the page rather than undo letters; on the page's own
      // path (canonicalAddress), never a crafted one it was opened at.
      history.replaceState(null, '', inPageAddress(canonicalAddress(), searchToUrl(query, this.filters.selection)));
    }
    if (!query && !filtered) {
      this.filters.showCounts();
      this.showPages([], key, false);
      return this.say(searchStrings.idle, 'now');
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
      const { corrections } = outcome;
      const withAll = pages.filter((page) => page.held >= outcome.topics).length;
      this.say(searchStrings.found({ query, count: pages.length, withAll, corrections, filtered }), announce);
    } catch (error) {
      if (wanted()) this.failed(error);
    }
  }

  /** What each of these pages shows as a result, read from the index. */
  private views(outcome: QueryOutcome, pages: readonly RankedPage[]): Promise<ResultView[]> {
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
    const views = await this.views(shown.outcome, shown.pages.slice(shown.count, shown.count + PAGE_SIZE));
    if (number !== this.searchNumber) return;
    const firstNew = shown.count;
    shown.count += views.length;
    this.results.show(views, true);
    this.showMoreButton();
    // The button may be gone now: focus goes back to the field, on the first page added.
    this.field.focus();
    this.results.choosePage(firstNew);
    this.announce(searchStrings.shownMore(shown.count, shown.pages.length), 'now');
  }

  private showMoreButton(): void {
    const left = this.shown ? this.shown.pages.length - this.shown.count : 0;
    this.more.hidden = left <= 0;
    this.more.textContent = searchStrings.showMore(Math.min(left, PAGE_SIZE));
  }

  /** Shows these results, or, after a search that found none, what to try instead. */
  private showPages(views: readonly ResultView[], key: string, searched: boolean): void {
    this.shownFor = key;
    if (views.length === 0) this.shown = undefined;
    this.results.show(views);
    this.showMoreButton();
    this.empty.hidden = views.length > 0 || !searched;
    slot(this.empty, 'empty-clear').hidden = !this.filters.anyChosen();
  }

  /** What the empty state offers: other words, the most useful pages, and clearing the filters. */
  private fillEmptyState(): void {
    slot(this.empty, 'empty-try').textContent = searchStrings.emptyTry;
    for (const page of searchStrings.usefulPages) {
      const item = cloneTemplate('useful-page');
      const link = slot<HTMLAnchorElement>(item, 'link');
      link.href = `${import.meta.env.BASE_URL}${page.path}`;
      link.textContent = page.label;
      slot(this.empty, 'empty-pages').append(item);
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
    const option = this.results.chosen();
    if (option) location.assign(option.href);
  }
}
