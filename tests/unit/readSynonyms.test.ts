import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSynonyms } from '../../src/lib/search/readSynonyms.ts';

const FILE = 'content/search-synonyms.yaml';
const read = (text: string) => readSynonyms(text, FILE);
const problem = (text: string) => {
  try {
    read(text);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
};

describe('readSynonyms', () => {
  test('reads the real file', () => {
    const groups = read(readFileSync(FILE, 'utf8'));
    expect(groups.length).toBeGreaterThan(3);
    expect(groups).toContainEqual(expect.arrayContaining(['CV', 'résumé']));
  });

  test('reads one group per line, words separated by commas, comments and blank lines aside', () => {
    expect(read('# Words that mean the same\n\n- CV, résumé, resume\n- CE,continuing education  \n')).toEqual([
      ['CV', 'résumé', 'resume'],
      ['CE', 'continuing education'],
    ]);
    expect(read('# nothing yet\n')).toEqual([]);
  });

  test.each([
    [
      'a YAML mistake',
      '- CV, résumé\n- CE: continuing: education\n',
      /:2: Nested mappings are not allowed .*one group per line/,
    ],
    ['a map instead of a list', 'cv: résumé\n', /:1: must be a list of groups/],
    [
      'a group over two lines',
      '- CV, résumé\n-\n  - CE\n  - continuing education\n',
      /:3: write each group on one line/,
    ],
    [
      'an indented group',
      '- CV, résumé\n  - CE, continuing education\n',
      /:2: write each group on one line, starting with "- " at the start/,
    ],
    ['a group of one word', '- CV, résumé\n- webinar\n', /:2: needs at least 2 words/],
    [
      'a group of nine words',
      `- ${Array.from({ length: 9 }, (_, i) => `w${i}`).join(', ')}\n`,
      /:1: has 9 words: .* at most 8/,
    ],
    [
      'a phrase of five words',
      '- CE, the education you continue after college\n',
      /:1: "the education .*" is too long/,
    ],
    ['a word without letters', '- CV, ---\n', /:1: "---" has no letters or digits/],
    ['a stop word', '- how, way\n', /:1: "how" is a word search leaves out/],
    [
      'a word in two groups',
      '- CV, résumé\n- fee, dues\n- resume, CV\n',
      /:3: "resume" is already in the group on line 1/,
    ],
    ['a number instead of words', '- 42\n', /:1: must be words separated by commas/],
  ])('names the file and line of %s', (_label, text, says) => {
    expect(problem(text)).toMatch(new RegExp(`^${FILE}${says.source}`));
  });

  test('allows the same word twice in one group, as "résumé, resume" search alike', () => {
    expect(read('- CV, résumé, resume\n')).toEqual([['CV', 'résumé', 'resume']]);
  });

  describe('budget', () => {
    /** `count` groups of `terms` words each, every word different. */
    const groupTerms = (count: number, terms: number, length = 6) =>
      Array.from({ length: count }, (_, group) =>
        Array.from({ length: terms }, (_, term) => `g${group}t${term}`.padEnd(length, 'x')),
      );
    /** The same groups as the file has them, one per line from line 1. */
    const groupsOf = (count: number, terms: number, length = 6) =>
      groupTerms(count, terms, length)
        .map((group) => `- ${group.join(', ')}\n`)
        .join('');

    test('allows 100 groups', () => {
      expect(read(groupsOf(100, 2))).toHaveLength(100);
    });

    test('refuses a 101st group, naming its line, the count, the limit and what to do', () => {
      const message = problem(`# Synonyms\n\n${groupsOf(150, 2)}`);
      // The header and blank line come first, so the 101st group is on line 103.
      expect(message).toMatch(new RegExp(`^${FILE}:103: has 150 groups, more than the 100 allowed: `));
      expect(message).toContain('keep the groups for words visitors really type');
      expect(message).toContain("that page's searchTerms");
    });

    test('refuses groups of long phrases past 6,000 bytes, on the line that passes it', () => {
      // Each group is 8 words of 40 characters, 345 bytes as bundled: 17 groups fit in 6,000, the 18th passes it.
      const text = groupsOf(20, 8, 40);
      const bytes = (groups: number) => new TextEncoder().encode(JSON.stringify(groupTerms(groups, 8, 40))).length;
      expect([bytes(17), bytes(18)]).toEqual([5883, 6229]);
      expect(read(groupsOf(17, 8, 40))).toHaveLength(17);
      const message = problem(text);
      // All 20 groups come to 20 × 345 bytes, 19 commas and 2 brackets.
      expect(message).toMatch(
        new RegExp(`^${FILE}:18: has groups that come to 6,921 bytes in the search code, more than the 6,000 allowed`),
      );
      expect(message).toContain("that page's searchTerms");
    });
  });
});
