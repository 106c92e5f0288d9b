/*
 * The "Filter" disclosure under the search field: a checkbox for each value
 * of each filter, with how many of the pages found have it, and a button to
 * clear them. A value no page found has is hidden, not shown as "(0)".
 *
 * Filtering happens here, not in Pagefind: a query runs several searches
 * (one per word and synonym, searchQuery.ts), whose pages are merged before
 * they are filtered and counted. So the first opening loads, besides the
 * values, which pages have each value (one filter-only search per value,
 * answered from the same two filter files). Until then nothing of the
 * filters is downloaded, which keeps a first search within its budget.
 */
import type { FilterSelection } from '../lib/search/cleanQuery.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import type { FilterCounts, PagefindApi } from './pagefindApi.ts';
import { searchStrings } from './searchStrings.ts';

/** Filters offered, in order. */
export const FILTER_NAMES: readonly string[] = ['benefit', 'audience'];

/** What the panel does when the visitor uses the filters. */
export interface FilterEvents {
  /** A value was chosen or unchosen. */
  changed(): void;
  /** "Clear filters" was pressed. */
  cleared(): void;
  /** The values were shown on opening, after results that were counted without them. */
  opened(): void;
}

interface FilterValue {
  filter: string;
  value: string;
  /** The pages that have this value. */
  pages: Set<string>;
  label: HTMLElement;
  checkbox: HTMLInputElement;
  count: HTMLElement;
}

export class SearchFilters {
  private selection: FilterSelection;
  private pagefind: PagefindApi | undefined;
  /** The count of each value over the whole site, shown when nothing is searched for. */
  private totals: FilterCounts = {};
  private loading: Promise<void> | undefined;
  private details: HTMLDetailsElement | undefined;
  private values: FilterValue[] = [];
  private clearButton: HTMLButtonElement | undefined;
  /** Whether the values have been shown (an index may have none). */
  private loaded = false;

  constructor(
    private readonly box: HTMLElement,
    selection: FilterSelection,
    private readonly on: FilterEvents,
  ) {
    this.selection = selection;
  }

  /** The values chosen, by filter name. */
  get chosen(): FilterSelection {
    return this.selection;
  }

  anyChosen(): boolean {
    return Object.values(this.selection).some((values) => values.length > 0);
  }

  /**
   * Shows the closed disclosure, or an open one if `open`, and loads its
   * values if it is open or values are already chosen (from the address).
   */
  async start(pagefind: PagefindApi, open: boolean): Promise<void> {
    this.pagefind = pagefind;
    const details = cloneTemplate<HTMLDetailsElement>('filters');
    slot(details, 'title').textContent = searchStrings.filtersSummary;
    this.note(slot(details, 'groups'), searchStrings.filtersLoading);
    details.open = open;
    details.addEventListener('toggle', () => {
      if (details.open) void this.load().then(() => this.on.opened());
    });
    this.details = details;
    this.box.replaceChildren(details);
    this.box.hidden = false;
    if (open || this.anyChosen()) await this.load();
    this.showChosen();
  }

  /** Whether a page has the values chosen: any of those chosen in each filter, in every filter. */
  allows(id: string): boolean {
    return this.passes(id, undefined);
  }

  /** Forgets the values chosen. */
  clear(): void {
    this.selection = {};
    this.showChosen();
  }

  /**
   * Shows, for each value, how many of `pages` (the pages a query found,
   * before filters) have it and the values chosen in the other filters: what
   * choosing it would show. Values no page has are hidden, unless chosen,
   * and so are the filters when the query found nothing to narrow down.
   */
  showCounts(pages: readonly string[]): void {
    for (const entry of this.values) {
      const count = pages.filter((id) => entry.pages.has(id) && this.passes(id, entry.filter)).length;
      this.showCount(entry, count);
    }
    this.hideEmptyGroups(pages.length === 0);
  }

  /** Shows the counts over the whole site, as when nothing is searched for. */
  showTotals(): void {
    for (const entry of this.values) this.showCount(entry, this.totals[entry.filter]?.[entry.value] ?? 0);
    this.hideEmptyGroups(false);
  }

  private showCount(entry: FilterValue, count: number): void {
    entry.count.textContent = `(${count})`;
    entry.label.hidden = count === 0 && !entry.checkbox.checked;
  }

  /** A filter with no value to offer is hidden, and so are the filters when none has one. */
  private hideEmptyGroups(nothingFound: boolean): void {
    if (!this.details) return;
    let anyShown = false;
    for (const fieldset of slot(this.details, 'groups').querySelectorAll('fieldset')) {
      fieldset.hidden = [...fieldset.querySelectorAll('label')].every((label) => label.hidden);
      anyShown ||= !fieldset.hidden;
    }
    // Before the values load, the closed disclosure offers to load them.
    const nothingToOffer = nothingFound || (this.loaded && !anyShown);
    this.box.hidden = nothingToOffer && !this.anyChosen();
  }

  /** Whether page `id` has a chosen value of every filter but `except`. */
  private passes(id: string, except: string | undefined): boolean {
    return Object.entries(this.selection).every(
      ([filter, chosen]) =>
        filter === except ||
        chosen.length === 0 ||
        this.values.some((entry) => entry.filter === filter && chosen.includes(entry.value) && entry.pages.has(id)),
    );
  }

  /** Fetches the values, and the pages that have each, once; after a failure, the next opening tries again. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      const pagefind = this.pagefind;
      if (!pagefind || !this.details) return;
      const pagesWith: Record<string, Record<string, Set<string>>> = {};
      try {
        const totals = await pagefind.filters();
        this.totals = totals;
        // All at once: Pagefind answers each from the filter files already loaded.
        const values = FILTER_NAMES.flatMap((filter) =>
          Object.keys(totals[filter] ?? {}).map((value) => ({ filter, value })),
        );
        const found = await Promise.all(
          values.map(({ filter, value }) => pagefind.search(null, { filters: { [filter]: value } })),
        );
        values.forEach(({ filter, value }, index) => {
          (pagesWith[filter] ??= {})[value] = new Set(found[index]?.results.map((result) => result.id));
        });
      } catch (error) {
        this.loading = undefined;
        this.note(slot(this.details, 'groups'), searchStrings.filtersFailed);
        console.error(error);
        return;
      }
      this.showValues(pagesWith);
      this.showChosen();
    })();
    return this.loading;
  }

  private note(into: HTMLElement, text: string): void {
    const note = cloneTemplate('filters-note');
    note.textContent = text;
    into.replaceChildren(note);
  }

  private showValues(pagesWith: Record<string, Record<string, Set<string>>>): void {
    if (!this.details) return;
    const groups = slot(this.details, 'groups');
    groups.replaceChildren();
    this.values = [];
    for (const filter of FILTER_NAMES) {
      const values = Object.keys(pagesWith[filter] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = cloneTemplate('filter');
      slot(fieldset, 'label').textContent = searchStrings.filterLabels[filter] ?? filter;
      const list = slot(fieldset, 'values');
      for (const value of values) {
        const label = cloneTemplate('filter-value');
        const checkbox = slot<HTMLInputElement>(label, 'checkbox');
        checkbox.name = filter;
        checkbox.value = value;
        checkbox.addEventListener('change', () => this.choose());
        slot(label, 'value').textContent = value;
        const pages = pagesWith[filter]?.[value] ?? new Set<string>();
        this.values.push({ filter, value, pages, label, checkbox, count: slot(label, 'count') });
        list.append(label);
      }
      groups.append(fieldset);
    }
    const clear = cloneTemplate<HTMLButtonElement>('clear-filters');
    clear.textContent = searchStrings.clearFilters;
    clear.addEventListener('click', () => {
      this.clear();
      this.on.cleared();
    });
    this.clearButton = clear;
    groups.append(clear);
    this.loaded = true;
    this.showTotals();
  }

  /** Takes the selection from the checkboxes after one changed. */
  private choose(): void {
    const selection: FilterSelection = {};
    for (const { checkbox } of this.values) {
      if (checkbox.checked) (selection[checkbox.name] ??= []).push(checkbox.value);
    }
    this.selection = selection;
    this.showChosen();
    this.on.changed();
  }

  /** Ticks the chosen values, says how many there are, and opens the disclosure if there are any. */
  private showChosen(): void {
    for (const { checkbox } of this.values) {
      checkbox.checked = this.selection[checkbox.name]?.includes(checkbox.value) ?? false;
    }
    if (this.clearButton) this.clearButton.hidden = !this.anyChosen();
    if (!this.details) return;
    const chosen = Object.values(this.selection).flat().length;
    slot(this.details, 'chosen-count').textContent = searchStrings.chosenCount(chosen);
    if (chosen > 0) this.details.open = true;
  }
}
