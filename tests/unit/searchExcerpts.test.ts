import { describe, expect, test } from 'vitest';
import { afterTitle, excerpt, indexedText, sectionsToList, type Anchor } from '../../src/lib/search/resultView.ts';

/** The pieces as one string, marked words in [brackets]. */
const shown = (pieces: { text: string; marked: boolean }[]) =>
  pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join('');

const numbered = (count: number) => indexedText(Array.from({ length: count }, (_, i) => `w${i}`).join(' '));
const length = (text: { words: readonly string[] }) => text.words.length;

describe('excerpt', () => {
  test('marks whole matched words, leaving the punctuation stuck to them unmarked', () => {
    const words = indexedText('Ask about a mentor. A mentor (or two) helps.');
    expect(shown(excerpt(words, [3, 5], 0, length(words)))).toBe('Ask about a [mentor]. A [mentor] (or two) helps.');
  });

  test('cuts on words, with an ellipsis where it starts or ends mid-sentence', () => {
    const words = numbered(100);
    expect(shown(excerpt(words, [50], 0, 100, 10))).toBe('… w46 w47 w48 w49 [w50] w51 w52 w53 w54 w55 …');
  });

  test('starts with the sentence when it begins a few words before, with no ellipsis', () => {
    const words = indexedText(
      `${numbered(20).words.join(' ')}. Find a mentor near you and ask them to meet you soon please now.`,
    );
    const pieces = excerpt(words, [22], 0, length(words), 8);
    expect(shown(pieces)).toBe('Find a [mentor] near you and ask them …');
  });

  test('starts with the sentence of the first match when the window, kept inside its range, reaches back to it', () => {
    const words = indexedText('One two three four five six seven eight. Nine ten eleven twelve thirteen match.');
    expect(shown(excerpt(words, [13], 0, length(words), 12))).toBe('Nine ten eleven twelve thirteen [match].');
  });

  test('opens at the start of its range, with no ellipsis, when the match is near it', () => {
    const words = numbered(40);
    expect(shown(excerpt(words, [3], 0, 40, 6))).toBe('w0 w1 w2 [w3] w4 w5 …');
    expect(shown(excerpt(words, [], 10, 40, 3))).toBe('w10 w11 w12 …');
  });

  test('ends without an ellipsis at the end of a sentence or of its range', () => {
    const words = indexedText('One two. Three four five.');
    expect(shown(excerpt(words, [0], 0, 2, 5))).toBe('[One] two.');
    expect(shown(excerpt(words, [0], 0, 5, 2))).toBe('[One] two.');
  });

  test('prefers the stretch with the most matches', () => {
    const words = numbered(100);
    expect(shown(excerpt(words, [10, 60, 62, 64], 0, 100, 10))).toBe(
      '… w56 w57 w58 w59 [w60] w61 [w62] w63 [w64] w65 …',
    );
  });

  test('drops bidirectional controls from the text', () => {
    expect(shown(excerpt(indexedText('a\u202eb c'), [], 0, 2))).toBe('ab c');
  });

  test('takes a heading, or the text under it, as the start of a sentence, though no full stop ends the one before', () => {
    const anchors = [{ element: 'h2', id: 'key-points', location: 4, text: 'Key points' }];
    const text = indexedText('New professionals Support staff Key points You meet people near you and talk.', anchors);
    expect(shown(excerpt(text, [7], 0, 15, 6))).toBe('You [meet] people near you and …');
    expect(shown(excerpt(text, [11], 6, 15, 20))).toBe('You meet people near you [and] talk.');
  });
});

describe('afterTitle', () => {
  test("skips the title at the start of a page's text, which the result already shows", () => {
    const words = indexedText('Get training Libraries keep changing');
    expect(afterTitle(words, 'Get training')).toBe(2);
    expect(afterTitle(words, 'Something else')).toBe(0);
    expect(afterTitle(words, undefined)).toBe(0);
  });
});

describe('sectionsToList', () => {
  const words = numbered(100);
  const anchor = (id: string, location: number, element = 'h2'): Anchor => ({
    element,
    id,
    location,
    text: `${id} heading`,
  });
  const anchors = [
    anchor('one', 10),
    anchor('two', 30),
    anchor('three', 50),
    anchor('four', 70),
    anchor('label', 80, 'span'),
  ];

  test('lists the sections with the most matches, at most two, in page order', () => {
    const sections = sectionsToList(words, anchors, [5, 31, 52, 53, 72, 73, 74], 5);
    expect(sections.map((section) => section.anchor.id)).toEqual(['three', 'four']);
    expect(sections[0]).toMatchObject({ from: 52, to: 70, matches: 2 });
  });

  test("leaves out the section the page's own excerpt comes from, and sections without matches", () => {
    const sections = sectionsToList(words, anchors, [31, 52], 30);
    expect(sections.map((section) => section.anchor.id)).toEqual(['three']);
  });

  test('counts a match in the heading, and ignores anchors that are not headings', () => {
    expect(sectionsToList(words, anchors, [10, 85], 0).map((section) => section.anchor.id)).toEqual(['one', 'four']);
  });
});
