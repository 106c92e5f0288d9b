import { describe, expect, test } from 'vitest';
import { highlightRanges, highlightTerms, wordStem } from '../../src/lib/search/highlightWords.ts';

const marked = (text: string, values: string[]) =>
  highlightRanges(text, highlightTerms(values)).map(([start, end]) => text.slice(start, end));

describe('wordStem', () => {
  test.each([
    ['mentors', 'mentoring', 'mentor'],
    ['courses', 'course', 'cours'],
    ['libraries', 'library', 'library'],
    ['planning', 'plan', 'plan'],
    ['classes', 'class', 'class'],
    ['Résumés', 'résumé', 'resum'],
  ])('gives %s and %s one stem', (a, b, stem) => {
    expect(wordStem(a)).toBe(stem);
    expect(wordStem(b)).toBe(stem);
  });
});

describe('highlightTerms', () => {
  test('leaves out stop words, repeats and empty terms, and keeps phrases', () => {
    expect(highlightTerms(['how', 'do', 'I', 'Mentor', 'mentor', '', 'continuing education'])).toEqual([
      ['mentor'],
      ['continu', 'education'],
    ]);
  });

  test('reads at most twelve terms from an address', () => {
    expect(highlightTerms(Array.from({ length: 20 }, (_, i) => `word${i}x`))).toHaveLength(12);
  });
});

describe('highlightRanges', () => {
  test('marks whole words in any of their forms, never part of a longer word', () => {
    expect(marked('Mentors and mentoring: ask a mentor. Commentary is not mentorship.', ['mentor'])).toEqual([
      'Mentors',
      'mentoring',
      'mentor',
    ]);
  });

  test('never marks a stop word, whatever the address asks', () => {
    expect(marked('I do it in the library, as I did.', ['I', 'do', 'library'])).toEqual(['library']);
  });

  test('marks a phrase only where its words stand together', () => {
    expect(marked('Continuing education, and education that continues.', ['continuing education'])).toEqual([
      'Continuing education',
    ]);
  });
});
