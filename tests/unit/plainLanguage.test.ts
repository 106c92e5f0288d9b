import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  fleschKincaidGrade,
  imagesWithoutAlt,
  longSentences,
  passiveParagraphs,
  proseOf,
  reviewStatus,
  reviewWriting,
  sentencesOf,
  skippedHeadings,
  vagueLinks,
} from '../../src/lib/writingCheck/plainLanguage.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/writing/${name}.mdx`, 'utf8');

describe('reading grade', () => {
  test('plain writing reads at a low grade', () => {
    const grade = fleschKincaidGrade(sentencesOf(proseOf(fixture('plain'))));
    expect(grade).toBeLessThan(3);
  });

  test('dense writing reads far above grade 9', () => {
    expect(fleschKincaidGrade(sentencesOf(proseOf(fixture('hard'))))).toBeGreaterThan(20);
  });

  test('matches the Flesch–Kincaid formula on a known sentence', () => {
    // 2 sentences, 8 words, 8 syllables: 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23
    expect(fleschKincaidGrade(['The cat sat.', 'The dog ran to me.'])).toBeCloseTo(-2.23, 2);
  });

  test('headings and list items count as sentences; markup and links are left out', () => {
    expect(sentencesOf(proseOf(fixture('plain')))).toEqual([
      'Why it helps',
      'You meet people.',
      'You learn from them.',
      'You can ask for help.',
      'How to start',
      'Ask your association.',
      'Go to one event.',
    ]);
  });
});

describe('other findings', () => {
  test('a sentence over 30 words is reported with its length', () => {
    const long = longSentences(sentencesOf(proseOf(fixture('hard'))));
    expect(long).toHaveLength(1);
    expect(long[0]?.words).toBe(36);
  });

  test('a paragraph written mostly in the passive voice is reported', () => {
    expect(passiveParagraphs(proseOf(fixture('problems')))).toEqual([
      'The budget was approved by the board. The form was signed by the manager. The event was held in spring.',
    ]);
    expect(passiveParagraphs(proseOf(fixture('plain')))).toEqual([]);
  });

  test('images without alt text, skipped headings and vague links are found', () => {
    const source = fixture('problems');
    expect(imagesWithoutAlt(source)).toEqual(['![](/images/conference.jpg)', '<img src="/images/hall.jpg">']);
    expect(skippedHeadings(source)).toEqual([
      '"A second title" is a level-1 heading: the page title is the only one; use ##',
      '"Too deep" jumps from level 1 to 4',
    ]);
    expect(vagueLinks(source)).toEqual(['click here', 'more']);
  });

  test('reviewWriting turns them into errors and notes, with the grade limit for benefit pages', () => {
    const problems = reviewWriting(fixture('problems'), [], { gradeLimit: 9 });
    expect(problems.errors).toHaveLength(6);
    expect(problems.warnings).toHaveLength(1);
    const hard = reviewWriting(fixture('hard'), [], { gradeLimit: 9 });
    expect(hard.errors[0]).toMatch(/^reads at grade \d+\.\d, above the limit of 9/);
    expect(reviewWriting(fixture('hard'), [], {}).errors).toEqual([]);
    expect(reviewWriting(fixture('plain'), [], { gradeLimit: 9 })).toMatchObject({ errors: [], warnings: [] });
  });

  test('every real content file passes, benefit pages at grade 9 or below', () => {
    for (const name of ['advocacy', 'conferences', 'professional-development', 'resources-and-savings', 'training']) {
      const result = reviewWriting(readFileSync(`content/benefits/${name}.mdx`, 'utf8'), [], { gradeLimit: 9 });
      expect(result.errors, name).toEqual([]);
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
  expect(sentencesOf(wrapped)).toEqual([
    'You meet people who share your interests, and you learn from them.',
    'One item that wraps.',
    'Two.',
  ]);
});
