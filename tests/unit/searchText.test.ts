import { describe, expect, test } from 'vitest';
import {
  cleanQuery,
  decodeEntities,
  MAX_QUERY_LENGTH,
  excerptPieces,
  pagefindFilters,
  resultsMessage,
  searchFromUrl,
  searchToUrl,
  withoutBidiControls,
} from '../../src/lib/search/searchText.ts';
import { isSearchShortcut } from '../../src/lib/search/isSearchShortcut.ts';

describe('excerptPieces', () => {
  test('splits an excerpt into plain and marked text', () => {
    expect(excerptPieces('learn from a <mark>mentor</mark> near you')).toEqual([
      { text: 'learn from a ', marked: false },
      { text: 'mentor', marked: true },
      { text: ' near you', marked: false },
    ]);
  });

  test('keeps any other tag as literal text, so it can never become markup', () => {
    expect(excerptPieces('<img src=x onerror=alert(1)> and <b>bold</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> and <b>bold</b>', marked: false },
    ]);
  });

  test('decodes escaped text once, and only to text', () => {
    expect(excerptPieces('&lt;img onerror=x&gt; &amp;amp; <mark>&quot;A&quot;</mark>')).toEqual([
      { text: '<img onerror=x> &amp; ', marked: false },
      { text: '"A"', marked: true },
    ]);
  });

  test('drops bidirectional controls, so an excerpt cannot reverse the text around it', () => {
    expect(excerptPieces('a\u202e<mark>b</mark>&#x202E;c')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
    ]);
  });

  test('copes with an unclosed or repeated <mark>', () => {
    expect(excerptPieces('<mark>one <mark>two')).toEqual([{ text: 'one two', marked: true }]);
    expect(excerptPieces('</mark>plain')).toEqual([{ text: 'plain', marked: false }]);
    expect(excerptPieces('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test.each([
    ['&amp;', '&'],
    ['&#39;', "'"],
    ['&#x2014;', '—'],
    ['&#0;', '&#0;'],
    ['&#x110000;', '&#x110000;'],
    ['&unknown;', '&unknown;'],
    ['no entities', 'no entities'],
  ])('%s → %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('resultsMessage', () => {
  test.each([
    [1, 'mentor', false, '1 result for “mentor”.'],
    [5, ' mentor ', false, '5 results for “mentor”.'],
    [3, 'library', true, '3 results for “library”, filtered.'],
    [2, '', true, '2 results for the chosen filters.'],
    [0, 'xylophone', false, 'No results for “xylophone”. Try fewer or different words.'],
    [0, 'xylophone', true, 'No results for “xylophone”. Try fewer or different words, or clear the filters.'],
    [0, '\u202eenohpolyx', false, 'No results for “enohpolyx”. Try fewer or different words.'],
    [4, '\u2067mentor', true, '4 results for “mentor”, filtered.'],
    [2, '\u202e', true, '2 results for the chosen filters.'],
  ])('%i results, query %j, filtered %s', (count, query, filtered, message) => {
    expect(resultsMessage(count, query, filtered)).toBe(message);
  });
});

describe('withoutBidiControls', () => {
  test.each([
    ['embeddings and overrides', '\u202aa\u202bb\u202cc\u202dd\u202ee', 'abcde'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['marks', '\u200ea\u200fb\u061cc', 'abc'],
  ])('removes %s', (_label, input, output) => {
    expect(withoutBidiControls(input)).toBe(output);
  });

  test('keeps right-to-left letters, which are text, not controls', () => {
    expect(withoutBidiControls('مكتبة עברית')).toBe('مكتبة עברית');
  });
});

describe('cleanQuery', () => {
  test('trims, removes bidirectional controls and caps the length', () => {
    expect(cleanQuery('  \u202ementor  ')).toBe('mentor');
    expect(cleanQuery('x'.repeat(MAX_QUERY_LENGTH + 1))).toBe('x'.repeat(MAX_QUERY_LENGTH));
    expect(cleanQuery('')).toBe('');
  });

  test('does not cut a character in half at the limit', () => {
    const query = `${'x'.repeat(MAX_QUERY_LENGTH - 1)}📚 more`;
    expect(cleanQuery(query)).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
  });

  test('does not end in a space it cut to', () => {
    expect(cleanQuery(`${'x'.repeat(MAX_QUERY_LENGTH - 1)} yz`)).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
  });
});

describe('search state in the URL', () => {
  const names = ['benefit', 'audience'];

  test('reads the query and known filters, ignoring blanks, repeats and unknown names', () => {
    expect(searchFromUrl('?q=mentor&audience=Managers&audience=Managers&audience=&colour=red', names)).toEqual({
      query: 'mentor',
      filters: { audience: ['Managers'] },
    });
  });

  test('caps a very long query', () => {
    expect(searchFromUrl(`?q=${'a'.repeat(500)}`, names).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('never writes a query longer than the field accepts into the address', () => {
    const url = searchToUrl('b'.repeat(MAX_QUERY_LENGTH + 50), {});
    expect(url).toBe(`?q=${'b'.repeat(MAX_QUERY_LENGTH)}`);
    expect(searchFromUrl(url, names).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('reads and writes a query without bidirectional controls', () => {
    expect(searchFromUrl('?q=%E2%80%AEmentor', names).query).toBe('mentor');
    expect(searchToUrl('\u2067mentor\u2069', {})).toBe('?q=mentor');
  });

  test('writes what it reads, leaving out empty parts', () => {
    const url = searchToUrl(' mentor ', { audience: ['Managers', 'Trustees and volunteers'] });
    expect(url).toBe('?q=mentor&audience=Managers&audience=Trustees+and+volunteers');
    expect(searchFromUrl(url, names)).toEqual({
      query: 'mentor',
      filters: { audience: ['Managers', 'Trustees and volunteers'] },
    });
    expect(searchToUrl('', {})).toBe('');
  });

  test('turns chosen filters into Pagefind "any of" filters and drops empty ones', () => {
    expect(pagefindFilters({ audience: ['Managers', 'Students'], benefit: [] })).toEqual({
      audience: { any: ['Managers', 'Students'] },
    });
  });
});

describe('isSearchShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({
    key: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...init,
  });

  test.each([
    ['Ctrl+K', key({ key: 'k', ctrlKey: true }), false, true],
    ['⌘+K', key({ key: 'k', metaKey: true }), false, true],
    ['Ctrl+Shift+K', key({ key: 'K', ctrlKey: true, shiftKey: true }), false, false],
    ['Ctrl+K while typing', key({ key: 'k', ctrlKey: true }), true, true],
    ['/', key({ key: '/' }), false, true],
    ['/ while typing', key({ key: '/' }), true, false],
    ['Alt+/', key({ key: '/', altKey: true }), false, false],
    ['k alone', key({ key: 'k' }), false, false],
  ])('%s', (_label, event, typing, expected) => {
    expect(isSearchShortcut(event, typing)).toBe(expected);
  });
});
