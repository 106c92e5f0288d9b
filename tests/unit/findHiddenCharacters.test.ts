import { describe, expect, test } from 'vitest';
import { describeCharacter, findHiddenCharacters } from '../../src/lib/contentChecks/findHiddenCharacters.ts';

describe('findHiddenCharacters', () => {
  test('names the field, the character and where it is', () => {
    expect(findHiddenCharacters({ title: 'Join \u202eevil' })).toEqual([
      'title: has a right-to-left override (U+202E) after "Join ": delete it. It cannot be seen, and can make the text read differently from how it shows',
    ]);
    expect(findHiddenCharacters({ questions: [{ question: 'Why?', answer: 'Be\u200bcause' }] })[0]).toMatch(
      /^questions\.0\.answer: has a zero-width space \(U\+200B\) after "Be"/,
    );
  });

  test.each(['\u0000', '\u0007', '\u007f', '\u00ad', '\u200d', '\u2066', '\u2028', '\ufeff'])(
    'refuses U+%s',
    (character) => {
      expect(findHiddenCharacters({ lead: `a${character}b` })).toHaveLength(1);
    },
  );

  test('lets visible text, tabs, line breaks, accents and emoji through, and skips dates and numbers', () => {
    expect(
      findHiddenCharacters({
        title: 'Café à la carte',
        body: 'Line one\nLine\ttwo\r\n',
        icon: '📚',
        lastReviewed: new Date('2026-01-01'),
        order: 3,
        related: [{ id: 'training', collection: 'benefits' }],
      }),
    ).toEqual([]);
  });

  test('describes a visible character by itself and an unnamed invisible one by its code point', () => {
    expect(describeCharacter('~')).toBe('"~" (U+007E)');
    expect(describeCharacter('\u0007')).toBe('an invisible character (U+0007)');
  });
});
