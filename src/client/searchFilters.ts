/*
 * The "Filter" disclosure under the search field: a checkbox for each value
 * of each filter, with how many results have it, and a button to clear them.
 * Its values cost two more downloads, so they load when it is first opened.
 * It keeps the values chosen; the panel runs the searches.
 */
import type { FilterSelection } from '../lib/search/searchText.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import type { FilterCounts, PagefindApi } from './pagefindApi.ts';

/** Filters offered, in order, with the label shown for each. */
const FILTERS = [
  { name: 'benefit', label: 'Benefit' },
  { name: 'audience', label: 'Who it is for' },
] as const;

export const FILTER_NAMES: readonly string[] = FILTERS.map((filter) => filter.name);

/** What the panel does when the visitor uses the filters. */
export interface FilterEvents {
  /** A value was chosen or unchosen. */
  changed(): void;
  /** "Clear filters" was pressed. */
  cleared(): void;
  /** The values were shown on opening, after results that were counted without them. */
  opened(): void;
}

interface ValueCount {
  filter: string;
  value: string;
  count: HTMLElement;
}

export class SearchFilters {
  private selection: FilterSelection;
  private pagefind: PagefindApi | undefined;
  /** The count of each value over the whole site, shown when nothing is searched for. */
  private totals: FilterCounts = {};
  private loading: Promise<void> | undefined;
  private details: HTMLDetailsElement | undefined;
  private counts: ValueCount[] = [];
  private clearButton: HTMLButtonElement | undefined;

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

  /** Shows how many results have each value; a value missing from `counts` has none. */
  showCounts(counts: FilterCounts): void {
    for (const { filter, value, count } of this.counts) count.textContent = `(${counts[filter]?.[value] ?? 0})`;
  }

  /** Shows the counts over the whole site, as when nothing is searched for. */
  showTotals(): void {
    this.showCounts(this.totals);
  }

  /** Fetches the values once and shows them; after a failure, the next opening tries again. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      if (!this.pagefind || !this.details) return;
      try {
        this.totals = await this.pagefind.filters();
      } catch (error) {
        this.loading = undefined;
        slot(this.details, 'groups').replaceChildren(cloneTemplate('filters-failed'));
        console.error(error);
        return;
      }
      this.showValues(this.totals);
      this.showChosen();
    })();
    return this.loading;
  }

  private showValues(totals: FilterCounts): void {
    if (!this.details) return;
    const groups = slot(this.details, 'groups');
    groups.replaceChildren();
    this.counts = [];
    for (const filter of FILTERS) {
      const values = Object.keys(totals[filter.name] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = cloneTemplate('filter');
      slot(fieldset, 'label').textContent = filter.label;
      const list = slot(fieldset, 'values');
      for (const value of values) {
        const label = cloneTemplate('filter-value');
        const checkbox = slot<HTMLInputElement>(label, 'checkbox');
        checkbox.name = filter.name;
        checkbox.value = value;
        checkbox.addEventListener('change', () => this.choose());
        slot(label, 'value').textContent = value;
        this.counts.push({ filter: filter.name, value, count: slot(label, 'count') });
        list.append(label);
      }
      groups.append(fieldset);
    }
    const clear = cloneTemplate<HTMLButtonElement>('clear-filters');
    clear.addEventListener('click', () => {
      this.selection = {};
      this.showChosen();
      this.on.cleared();
    });
    this.clearButton = clear;
    groups.append(clear);
    // An index without filters has nothing to offer here.
    this.box.hidden = this.counts.length === 0;
    this.showCounts(totals);
  }

  /** Takes the selection from the checkboxes after one changed. */
  private choose(): void {
    const selection: FilterSelection = {};
    for (const checkbox of this.box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (selection[checkbox.name] ??= []).push(checkbox.value);
    }
    this.selection = selection;
    this.showChosen();
    this.on.changed();
  }

  /** Ticks the chosen values, says how many there are, and opens the disclosure if there are any. */
  private showChosen(): void {
    for (const checkbox of this.box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      checkbox.checked = this.selection[checkbox.name]?.includes(checkbox.value) ?? false;
    }
    if (this.clearButton) this.clearButton.hidden = !this.anyChosen();
    if (!this.details) return;
    const chosen = Object.values(this.selection).flat().length;
    slot(this.details, 'chosen-count').textContent = chosen > 0 ? `(${chosen} chosen)` : '';
    if (chosen > 0) this.details.open = true;
  }
}
