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
    ['a YAML mistake', '- CV, résumé\n- CE: continuing: education\n', /:2: bad indentation .*one group per line/],
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
});
