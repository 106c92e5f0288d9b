/*
 * Every word the search interface's code shows or says, in one place, to reword and one day translate
 * together (the labels drawn by the server are `searchText` in src/strings.ts).
 */
import { cleanQuery } from '../lib/search/cleanQuery.ts';

const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
const quoted = (text: string) => `“${cleanQuery(text)}”`;
const orList = (words: readonly string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;

/** What the last search found, as the status line says it (see searchPanel.ts). */
export interface Found {
  query: string;
  /** Pages shown, after the filters. */
  count: number;
  /** Of those, how many hold every word of the query; the rest hold some. */
  withAll: number;
  /** Words that found nothing, each with the word searched instead. */
  corrections: readonly { typed: string; searched: string }[];
  filtered: boolean;
}

export const searchStrings = {
  loading: 'Loading search…',
  idle: 'Type a word, such as “mentor”, or choose a filter.',
  failed: 'Search could not load. Check your connection, or browse all benefits from A to Z.',
  keyboardHint: 'Up and down arrows move through the results; Enter opens the chosen one, or the first.',
  resultsLabel: 'Search results',
  filtersSummary: 'Filter by benefit or audience',
  filtersLoading: 'Loading filters…',
  filtersFailed: 'Filters could not load. Close and open them to try again.',
  clearFilters: 'Clear filters',
  filterLabels: { benefit: 'Benefit', audience: 'Who it is for' } as Record<string, string>,
  chosenCount: (count: number) => (count > 0 ? `(${count} chosen)` : ''),
  /** Heard before a section's title, which alone would not say which page it is on. */
  sectionOf: (pageTitle: string) => `${pageTitle}, section: `,
  showMore: (more: number) => `Show ${more} more ${more === 1 ? 'page' : 'pages'}`,
  shownMore: (shown: number, count: number) => `Showing ${shown} of ${pages(count)}.`,
  emptyTry: 'Try other words, or start from one of these pages:',
  /** The pages the empty state offers, by address under the site's base. */
  usefulPages: [
    { path: 'benefits/', label: 'All benefits from A to Z' },
    { path: 'join/', label: 'How to join a library association' },
    { path: 'value/', label: 'What membership is worth to you' },
  ],

  /** The status line after a search: what was searched for, and what the list shows. */
  found({ query, count, withAll, corrections, filtered }: Found): string {
    const withFilters = filtered ? ' with your filters' : '';
    if (!query) return count === 0 ? 'No pages have all the filters you chose.' : `${pages(count)}${withFilters}.`;
    // A corrected word is named, with what was searched instead; the count is for what was searched.
    const searched = corrections.reduce((text, { typed, searched }) => text.replace(typed, searched), query);
    const typed = orList(corrections.map((correction) => quoted(correction.typed)));
    const as = corrections.length > 0 ? `, as nothing matched ${typed}` : '';
    if (count === 0) return `No pages found for ${quoted(searched)}${withFilters}${as}.`;
    if (withAll === count) return `${pages(count)} found for ${quoted(searched)}${withFilters}${as}.`;
    const instead = corrections.length > 0 ? ` Nothing matched ${typed}.` : '';
    const have = (n: number) => (n === 1 ? 'has' : 'have');
    const words = `the words of ${quoted(searched)}`;
    const some =
      withAll === 0
        ? `No page has all ${words}; these ${pages(count)} have some of them${withFilters}.`
        : `${pages(withAll)} ${have(withAll)} all ${words}; ${count - withAll} more ${have(count - withAll)} some of them${withFilters}.`;
    return `${some}${instead}`;
  },
};
