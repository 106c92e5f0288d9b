import { describe, expect, test } from 'vitest';
import {
  cleanQuery,
  MAX_QUERY_LENGTH,
  searchFromUrl,
  searchToUrl,
  withoutBidiControls,
} from '../../src/lib/search/searchText.ts';
import { isSearchShortcut } from '../../src/lib/search/isSearchShortcut.ts';

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
