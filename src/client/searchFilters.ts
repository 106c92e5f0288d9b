/*
 * The "Filter" disclosure under the search field: a checkbox for each value of each filter, with how many
 * of the pages found have it (a value none has is hidden, not shown as "(0)"), and a button to clear them.
 *
 * Filtering happens here, not in Pagefind: a query's searches (searchQuery.ts) are merged before they are
 * filtered and counted. So the first opening loads, besides the values, which pages have each (one
 * filter-only search per value, answered from the same filter files). Until then nothing of the filters
 * is downloaded, which keeps a first search within its budget.
 */
import type { FilterSelection } from '../lib/search/cleanQuery.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import type { PagefindApi } from './pagefindApi.ts';
import { searchStrings } from './searchStrings.ts';

/** Filters offered, in order. */
export const FILTER_NAMES: readonly string[] = ['benefit', 'audience'];

interface FilterValue {
  checkbox: HTMLInputElement;
  /** The pages that have this value. */
  pages: Set<string>;
  label: HTMLElement;
  count: HTMLElement;
}

export class SearchFilters {
  private loading: Promise<void> | undefined;
  private details: HTMLDetailsElement | undefined;
  private values: FilterValue[] = [];
  private clearButton: HTMLButtonElement | undefined;
  /** The pages last counted, to count again once the values arrive. */
  private counted: readonly string[] | undefined;

  /** `selection`: the values chosen, by filter name; `changed` is told when it changes, and if by clearing. */
  constructor(
    private readonly box: HTMLElement,
    public selection: FilterSelection,
    private readonly changed: (cleared: boolean) => void,
  ) {}

  anyChosen(): boolean {
    return Object.values(this.selection).some((values) => values.length > 0);
  }

  /** Shows the disclosure, open if `open`, and loads its values if it is open or values are already chosen. */
  async start(pagefind: PagefindApi, open: boolean): Promise<void> {
    const details = cloneTemplate<HTMLDetailsElement>('filters');
    slot(details, 'title').textContent = searchStrings.filtersSummary;
    this.note(searchStrings.filtersLoading, details);
    details.open = open;
    details.addEventListener('toggle', () => {
      if (details.open) void this.load(pagefind);
    });
    this.details = details;
    this.box.replaceChildren(details);
    this.box.hidden = false;
    if (open || this.anyChosen()) await this.load(pagefind);
    this.showChosen();
  }

  /** Whether page `id` has a chosen value in every filter (any of those chosen in it), but `except`. */
  allows(id: string, except?: string): boolean {
    return Object.entries(this.selection).every(
      ([filter, chosen]) =>
        filter === except ||
        chosen.length === 0 ||
        this.values.some(
          ({ checkbox, pages }) => checkbox.name === filter && chosen.includes(checkbox.value) && pages.has(id),
        ),
    );
  }

  /** Forgets the values chosen. */
  clear(): void {
    this.selection = {};
    this.showChosen();
  }

  /**
   * Shows, for each value, how many of `pages` (the pages a query found, before filters) have it and the
   * values chosen in the other filters: what choosing it would show. Without `pages`, the counts over the
   * whole site, as when nothing is searched for. A filter with no value to show is hidden, and so are the
   * filters when there is nothing to narrow down.
   */
  showCounts(pages?: readonly string[]): void {
    this.counted = pages;
    if (!this.details) return;
    for (const { checkbox, pages: has, label, count } of this.values) {
      const shown = pages ? pages.filter((id) => has.has(id) && this.allows(id, checkbox.name)).length : has.size;
      count.textContent = `(${shown})`;
      label.hidden = shown === 0 && !checkbox.checked;
    }
    let anyShown = false;
    for (const fieldset of this.details.querySelectorAll('fieldset')) {
      fieldset.hidden = [...fieldset.querySelectorAll('label')].every((label) => label.hidden);
      anyShown ||= !fieldset.hidden;
    }
    // Before the values load (and the clear button with them), the closed disclosure offers to load them.
    const nothingToOffer = pages?.length === 0 || (this.clearButton !== undefined && !anyShown);
    this.box.hidden = nothingToOffer && !this.anyChosen();
  }

  private note(text: string, details = this.details): void {
    const note = cloneTemplate('filters-note');
    note.textContent = text;
    if (details) slot(details, 'groups').replaceChildren(note);
  }

  /** Fetches the values, and the pages that have each, once; after a failure, the next opening tries again. */
  private load(pagefind: PagefindApi): Promise<void> {
    this.loading ??= (async () => {
      const totals = await pagefind.filters();
      const values = FILTER_NAMES.flatMap((filter) =>
        Object.keys(totals[filter] ?? {})
          .sort((a, b) => a.localeCompare(b))
          .map((value) => ({ filter, value })),
      );
      // All at once: Pagefind answers each from the filter files already loaded.
      const found = await Promise.all(
        values.map(({ filter, value }) => pagefind.search(null, { filters: { [filter]: value } })),
      );
      this.showValues(
        values.map((value, index) => ({ ...value, pages: new Set(found[index]?.results.map((page) => page.id)) })),
      );
    })().catch((error: unknown) => {
      this.loading = undefined;
      this.note(searchStrings.filtersFailed);
      console.error(error);
    });
    return this.loading;
  }

  private showValues(values: { filter: string; value: string; pages: Set<string> }[]): void {
    if (!this.details) return;
    const groups = slot(this.details, 'groups');
    groups.replaceChildren();
    for (const filter of FILTER_NAMES) {
      const ofFilter = values.filter((value) => value.filter === filter);
      if (ofFilter.length === 0) continue;
      const fieldset = cloneTemplate('filter');
      slot(fieldset, 'label').textContent = searchStrings.filterLabels[filter] ?? filter;
      for (const { value, pages } of ofFilter) {
        const label = cloneTemplate('filter-value');
        const checkbox = slot<HTMLInputElement>(label, 'checkbox');
        checkbox.name = filter;
        checkbox.value = value;
        checkbox.addEventListener('change', () => this.choose());
        slot(label, 'value').textContent = value;
        this.values.push({ checkbox, pages, label, count: slot(label, 'count') });
        slot(fieldset, 'values').append(label);
      }
      groups.append(fieldset);
    }
    this.clearButton = cloneTemplate<HTMLButtonElement>('clear-filters');
    this.clearButton.textContent = searchStrings.clearFilters;
    this.clearButton.addEventListener('click', () => {
      this.clear();
      this.changed(true);
    });
    groups.append(this.clearButton);
    this.showChosen();
    this.showCounts(this.counted);
  }

  /** Takes the selection from the checkboxes after one changed. */
  private choose(): void {
    this.selection = {};
    for (const { checkbox } of this.values) {
      if (checkbox.checked) (this.selection[checkbox.name] ??= []).push(checkbox.value);
    }
    this.showChosen();
    this.changed(false);
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
