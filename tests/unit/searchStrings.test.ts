import { describe, expect, test } from 'vitest';
import { searchStrings, type Found } from '../../src/client/searchStrings.ts';

const found = (change: Partial<Found>): string =>
  searchStrings.found({ query: 'mentor', count: 9, withAll: 9, corrections: [], filtered: false, ...change });

describe('the status line after a search', () => {
  test.each<[string, Partial<Found>, string]>([
    ['pages with every word', {}, '9 pages found for “mentor”.'],
    ['one page', { count: 1, withAll: 1 }, '1 page found for “mentor”.'],
    ['filters', { count: 3, withAll: 3, filtered: true }, '3 pages found for “mentor” with your filters.'],
    [
      'no page with every word',
      { query: 'meet my senator', count: 5, withAll: 0 },
      'No page has all the words of “meet my senator”; these 5 pages have some of them.',
    ],
    [
      'a few pages with every word',
      { query: 'meet my senator', count: 5, withAll: 1 },
      '1 page has all the words of “meet my senator”; 4 more have some of them.',
    ],
    [
      'two with every word, one with some',
      { query: 'a b', count: 3, withAll: 2 },
      '2 pages have all the words of “a b”; 1 more has some of them.',
    ],
    ['nothing', { query: 'xylophone', count: 0, withAll: 0 }, 'No pages found for “xylophone”.'],
    [
      'nothing with filters',
      { query: 'xylophone', count: 0, withAll: 0, filtered: true },
      'No pages found for “xylophone” with your filters.',
    ],
    ['filters alone', { query: '', count: 2, withAll: 2, filtered: true }, '2 pages with your filters.'],
    [
      'filters alone, nothing',
      { query: '', count: 0, withAll: 0, filtered: true },
      'No pages have all the filters you chose.',
    ],
    [
      'a corrected word',
      { query: 'mentr', corrections: [{ typed: 'mentr', searched: 'mentor' }] },
      '9 pages found for “mentor”, as nothing matched “mentr”.',
    ],
    [
      'two corrected words',
      {
        query: 'libary jounals',
        corrections: [
          { typed: 'libary', searched: 'library' },
          { typed: 'jounals', searched: 'journals' },
        ],
      },
      '9 pages found for “library journals”, as nothing matched “libary” or “jounals”.',
    ],
  ])('%s', (_label, change, message) => {
    expect(found(change)).toBe(message);
  });

  test('names a corrected word when the list has only some of the words', () => {
    expect(
      found({ query: 'meet senatr', count: 4, withAll: 0, corrections: [{ typed: 'senatr', searched: 'senator' }] }),
    ).toBe('No page has all the words of “meet senator”; these 4 pages have some of them. Nothing matched “senatr”.');
  });

  test('echoes the query without text-direction controls, which could reorder the words around it', () => {
    expect(found({ query: '\u202eenohpolyx', count: 0, withAll: 0 })).toBe('No pages found for “enohpolyx”.');
  });

  test('counts "Show more" and what it shows', () => {
    expect(searchStrings.showMore(1)).toBe('Show 1 more page');
    expect(searchStrings.showMore(10)).toBe('Show 10 more pages');
    expect(searchStrings.shownMore(14, 14)).toBe('Showing 14 of 14 pages.');
  });
});
