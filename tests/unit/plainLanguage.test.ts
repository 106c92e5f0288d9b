import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  fleschKincaidGrade,
  longSentences,
  passiveParagraphs,
  reviewStatus,
  reviewWriting,
  skippedHeadings,
  vagueLinks,
} from '../../src/lib/writingCheck/plainLanguage.ts';
import { readPage, sentencesOf, type PageText } from '../../src/lib/writingCheck/readPage.ts';

const read = (path: string, source = readFileSync(path, 'utf8')): PageText => {
  const page = readPage(path, source);
  if ('error' in page) throw new Error(page.error);
  return page;
};
const fixture = (name: string) => read(`tests/fixtures/writing/${name}.mdx`);
/** The text below the frontmatter, sentence by sentence. */
const bodySentences = (page: PageText) => sentencesOf(page.blocks.filter(({ field }) => field === undefined));

describe('reading grade', () => {
  test('plain writing reads at a low grade', () => {
    expect(fleschKincaidGrade(bodySentences(fixture('plain')).map(({ text }) => text))).toBeLessThan(3);
  });

  test('dense writing reads far above grade 9', () => {
    expect(fleschKincaidGrade(bodySentences(fixture('hard')).map(({ text }) => text))).toBeGreaterThan(20);
  });

  test('matches the Flesch–Kincaid formula on a known sentence', () => {
    // 2 sentences, 8 words, 8 syllables: 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23
    expect(fleschKincaidGrade(['The cat sat.', 'The dog ran to me.'])).toBeCloseTo(-2.23, 2);
  });

  test('headings and list items count as sentences; markup and links are left out', () => {
    expect(bodySentences(fixture('plain')).map(({ line, text }) => [line, text])).toEqual([
      [5, 'Why it helps'],
      [7, 'You meet people.'],
      [7, 'You learn from them.'],
      [7, 'You can ask for help.'],
      [9, 'How to start'],
      [11, 'Ask your association.'],
      [12, 'Go to one event.'],
    ]);
  });
});

describe('other findings, each on its line', () => {
  test('a sentence over 30 words is reported with its length', () => {
    expect(longSentences(bodySentences(fixture('hard')))).toMatchObject([{ line: 7, words: 36 }]);
  });

  test('a paragraph written mostly in the passive voice is reported', () => {
    expect(passiveParagraphs(fixture('problems').blocks)).toEqual([
      {
        line: 15,
        text: 'The budget was approved by the board. The form was signed by the manager. The event was held in spring.',
      },
    ]);
    expect(passiveParagraphs(fixture('plain').blocks)).toEqual([]);
  });

  test('images without alt text, skipped headings and vague links are found', () => {
    const page = fixture('problems');
    expect(page.imagesWithoutAlt).toEqual([
      { line: 9, markup: '![](/images/conference.jpg)' },
      { line: 11, markup: '<img src="/images/hall.jpg" />' },
    ]);
    expect(skippedHeadings(page.blocks)).toEqual([
      { line: 5, message: 'heading "A second title" is a level-1 heading: the page title is the only one; use ##' },
      { line: 7, message: 'heading "Too deep" jumps from level 1 to 4' },
    ]);
    expect(vagueLinks(page.links)).toEqual([
      { line: 13, text: 'click here' },
      { line: 13, text: 'more' },
    ]);
  });

  test('reviewWriting turns them into errors and notes, with the grade limit for benefit pages', () => {
    const problems = reviewWriting(fixture('problems'), { gradeLimit: 9 });
    expect(problems.errors.map(({ line }) => line)).toEqual([5, 7, 9, 11, 13, 13]);
    expect(problems.warnings).toMatchObject([{ line: 15 }]);
    const hard = reviewWriting(fixture('hard'), { gradeLimit: 9 });
    expect(hard.errors[0]?.message).toMatch(/^reads at grade \d+\.\d, above the limit of 9/);
    expect(reviewWriting(fixture('hard'), {}).errors).toEqual([]);
    expect(reviewWriting(fixture('plain'), { gradeLimit: 9 })).toMatchObject({ errors: [], warnings: [] });
  });

  test('every real benefit page passes, at grade 9 or below', () => {
    for (const name of ['advocacy', 'conferences', 'professional-development', 'resources-and-savings', 'training']) {
      expect(reviewWriting(read(`content/benefits/${name}.mdx`), { gradeLimit: 9 }).errors, name).toEqual([]);
    }
  });
});

describe('reviewStatus', () => {
  const reviewed = new Date('2026-01-31T00:00:00Z');

  test('a page is due the given number of months after its review', () => {
    const status = reviewStatus(reviewed, 12, new Date('2026-06-01T00:00:00Z'));
    expect(status).toEqual({ due: new Date('2027-01-31T00:00:00Z'), overdue: false, daysOverdue: 0 });
  });

  test('is overdue the day after it was due, counting whole days', () => {
    expect(reviewStatus(reviewed, 12, new Date('2027-01-31T12:00:00Z')).overdue).toBe(false);
    expect(reviewStatus(reviewed, 12, new Date('2027-02-01T00:00:00Z'))).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    expect(reviewStatus(reviewed, 3, new Date('2026-06-01T00:00:00Z'))).toMatchObject({
      overdue: true,
      due: new Date('2026-04-30T00:00:00Z'),
      daysOverdue: 32,
    });
  });
});

test('a paragraph wrapped over several lines is still one sentence, and list items stay apart', () => {
  const wrapped =
    'You meet people who share\nyour interests, and you learn\nfrom them.\n\n- One item\n  that wraps.\n- Two.';
  expect(bodySentences(read('wrapped.md', wrapped)).map(({ line, text }) => [line, text])).toEqual([
    [1, 'You meet people who share your interests, and you learn from them.'],
    [5, 'One item that wraps.'],
    [7, 'Two.'],
  ]);
});
