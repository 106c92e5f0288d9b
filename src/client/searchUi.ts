/*
 * The search interface, loaded only when a visitor opens search. One panel
 * class drives both the header dialog and the /search/ page. Everything shown
 * is built as DOM nodes with textContent: nothing from the query or the index
 * is ever parsed as HTML.
 */
import { pagefindFilters, resultsMessage, type FilterSelection } from '../lib/search/searchText.ts';
import { LiveRegion } from './liveRegion.ts';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResultData } from './pagefindApi.ts';
import { requiredElement } from './requiredElement.ts';
import { searchAddress } from './searchAddress.ts';
import { SearchKeyboard } from './searchKeyboard.ts';
import { SearchResults } from './searchResults.ts';

/** Filters offered, in order, with the label shown for each. */
const FILTERS = [
  { name: 'benefit', label: 'Benefit' },
  { name: 'audience', label: 'Who it is for' },
] as const;
const FILTER_NAMES = FILTERS.map((filter) => filter.name);

const MAX_PAGES = 10;
/** Results follow typing after this pause. */
const TYPING_PAUSE_MS = 120;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class SearchPanel {
  private readonly input: HTMLInputElement;
  private readonly liveRegion: LiveRegion;
  private readonly results: SearchResults;
  private readonly filtersBox: HTMLElement;
  private readonly keyboard: SearchKeyboard;
  private pagefind: PagefindApi | undefined;
  private starting: Promise<void> | undefined;
  private totals: FilterCounts = {};
  private filters: FilterSelection = {};
  /** The query and filters the options on screen were found for. */
  private shownFor = '';
  private searchNumber = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the visitor has typed in the field, rather than the address filling it. */
  private typedSinceLoad = false;
  private loadingFilters: Promise<void> | undefined;

  constructor(
    form: HTMLFormElement,
    private readonly syncUrl: boolean,
  ) {
    this.input = requiredElement<HTMLInputElement>(form, '[data-search-input]');
    this.liveRegion = new LiveRegion(requiredElement(form, '[data-search-status]'));
    this.results = new SearchResults(requiredElement(form, '[data-search-results]'));
    this.filtersBox = requiredElement(form, '[data-search-filters]');
    this.keyboard = new SearchKeyboard(this.input, () => void this.openActive());
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
    if (syncUrl) {
      // Read the address before anything loads, and never overwrite what the visitor already typed.
      const fromUrl = searchAddress.read(FILTER_NAMES);
      if (!this.input.value) this.input.value = fromUrl.query;
      this.filters = fromUrl.filters;
    }
  }

  /** Loads Pagefind and shows results; after a failure, the next call (focus, reopening) tries again. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        this.pagefind = await loadPagefind();
        const filtersOpen = this.renderFilterPanel();
        // The filter values cost two more downloads, so they wait until the filters are
        // opened, unless the address already chose some or the panel starts open.
        if (filtersOpen || this.hasFilters()) await this.loadFilters();
        this.syncCheckboxes();
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

  private stateKey(): string {
    return `${this.input.value.trim()}\u0000${JSON.stringify(this.filters)}`;
  }

  private hasFilters(): boolean {
    return Object.values(this.filters).some((values) => values.length > 0);
  }

  /**
   * Results already shown were counted before the filter values arrived: counts them
   * again for the same query, without touching the results or the live region.
   */
  private async recount(): Promise<void> {
    const query = this.input.value.trim();
    if (!this.pagefind || (!query && !this.hasFilters())) return;
    const key = this.stateKey();
    try {
      const search = await this.pagefind.search(query || null, { filters: pagefindFilters(this.filters) });
      if (key === this.stateKey()) this.updateCounts(search.filters);
    } catch {
      // The counts stay as they were; the next search shows any problem.
    }
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
    if (this.syncUrl) searchAddress.write(query, this.filters);
    if (!query && !this.hasFilters()) {
      this.updateCounts(this.totals);
      this.showResults([], key);
      this.liveRegion.say('Type a word, such as “mentor”, or choose a filter.', 'now');
      return;
    }
    try {
      const search = await this.pagefind.search(query || null, { filters: pagefindFilters(this.filters) });
      // A newer search started meanwhile: fetch no excerpts for results that will never be shown.
      if (number !== this.searchNumber) return;
      const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
      if (number !== this.searchNumber) return; // A newer search has started; drop this one.
      this.updateCounts(search.filters);
      this.showResults(pages, key);
      this.liveRegion.say(resultsMessage(search.results.length, query, this.hasFilters()), announce);
    } catch (error) {
      if (number === this.searchNumber) this.failed(error);
    }
  }

  /**
   * Builds the closed "Filter" disclosure, whose values load on first opening.
   * Returns whether it starts open: on the search page on wide screens. In the
   * quick dialog, and on phones, open filters would push the results out of
   * sight, so they wait for a click.
   */
  private renderFilterPanel(): boolean {
    const details = element('details', 'group');
    details.open = this.syncUrl && matchMedia('(min-width: 40rem)').matches;
    const summary = element(
      'summary',
      'inline-flex min-h-9 cursor-pointer list-none items-center gap-2 text-sm font-semibold text-primary [&::-webkit-details-marker]:hidden',
    );
    summary.append(
      element('span', 'transition-transform group-open:rotate-90 motion-reduce:transition-none', '›'),
      element('span', undefined, 'Filter by benefit or audience'),
      element('span', 'font-normal text-muted', ''),
    );
    summary.lastElementChild?.setAttribute('data-selected-count', '');
    const groups = element('div', 'mt-2 flex flex-wrap items-start gap-x-6 gap-y-3');
    groups.dataset['filterGroups'] = '';
    groups.append(element('p', 'text-sm text-muted', 'Loading filters…'));
    details.append(summary, groups);
    details.addEventListener('toggle', () => {
      if (details.open) void this.loadFilters().then(() => this.recount());
    });
    this.filtersBox.replaceChildren(details);
    this.filtersBox.hidden = false;
    return details.open;
  }

  /** Fetches the filter values once and shows them; after a failure, the next opening tries again. */
  private loadFilters(): Promise<void> {
    this.loadingFilters ??= (async () => {
      if (!this.pagefind) return;
      try {
        this.totals = await this.pagefind.filters();
      } catch (error) {
        this.loadingFilters = undefined;
        const groups = this.filtersBox.querySelector('[data-filter-groups]');
        groups?.replaceChildren(element('p', 'text-sm', 'Filters could not load. Close and open them to try again.'));
        console.error(error);
        return;
      }
      this.renderFilterValues(this.totals);
      this.syncCheckboxes();
    })();
    return this.loadingFilters;
  }

  private renderFilterValues(counts: FilterCounts): void {
    const groups = this.filtersBox.querySelector<HTMLElement>('[data-filter-groups]');
    if (!groups) return;
    groups.replaceChildren();
    for (const filter of FILTERS) {
      const values = Object.keys(counts[filter.name] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', 'min-w-0');
      fieldset.append(element('legend', 'mb-1.5 text-sm font-semibold', filter.label));
      const list = element('div', 'flex flex-wrap gap-1.5');
      for (const value of values) {
        const label = element(
          'label',
          'inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded-full border border-line px-3 text-sm has-checked:border-primary has-checked:bg-surface has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
        );
        const checkbox = element('input', 'sr-only');
        checkbox.type = 'checkbox';
        checkbox.name = filter.name;
        checkbox.value = value;
        checkbox.addEventListener('change', () => this.onFilterChange());
        label.append(checkbox, element('span', undefined, value), element('span', 'text-muted', ''));
        label.dataset['count'] = `${filter.name}\u0000${value}`;
        list.append(label);
      }
      fieldset.append(list);
      groups.append(fieldset);
    }
    const clear = element('button', 'min-h-9 cursor-pointer self-end text-sm text-primary underline', 'Clear filters');
    clear.type = 'button';
    clear.hidden = true;
    clear.dataset['clearFilters'] = '';
    clear.addEventListener('click', () => {
      this.filters = {};
      this.syncCheckboxes();
      void this.search('now');
      this.input.focus();
    });
    groups.append(clear);
    // An index without filters has nothing to offer here.
    this.filtersBox.hidden = groups.querySelectorAll('fieldset').length === 0;
    this.updateCounts(counts);
  }

  private onFilterChange(): void {
    clearTimeout(this.typingTimer);
    const filters: FilterSelection = {};
    for (const checkbox of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[checkbox.name] ??= []).push(checkbox.value);
    }
    this.filters = filters;
    this.syncCheckboxes();
    void this.search('now');
  }

  private syncCheckboxes(): void {
    for (const checkbox of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      checkbox.checked = this.filters[checkbox.name]?.includes(checkbox.value) ?? false;
    }
    const clear = this.filtersBox.querySelector<HTMLButtonElement>('[data-clear-filters]');
    if (clear) clear.hidden = !this.hasFilters();
    const selected = Object.values(this.filters).flat().length;
    const selectedCount = this.filtersBox.querySelector('[data-selected-count]');
    if (selectedCount) selectedCount.textContent = selected > 0 ? `(${selected} chosen)` : '';
    const details = this.filtersBox.querySelector('details');
    if (details && selected > 0) details.open = true;
  }

  private updateCounts(counts: FilterCounts): void {
    for (const label of this.filtersBox.querySelectorAll<HTMLElement>('label[data-count]')) {
      const [name = '', value = ''] = (label.dataset['count'] ?? '').split('\u0000');
      const count = counts[name]?.[value] ?? 0;
      const countNode = label.lastElementChild;
      if (countNode) countNode.textContent = `(${count})`;
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
