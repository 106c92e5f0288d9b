import { basename } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { AUDIENCE_IDS } from '../../src/lib/content/audiences.ts';
import { benefitSchema, pageSchema, questionItems, roleSchema } from '../../src/lib/content/contentSchemas.ts';
import { findRolePageProblems } from '../../src/lib/contentChecks/findRolePageProblems.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';

/* In the build `related` is Astro's reference(); here a plain id stands in. */
const schema = benefitSchema(z.string());

const issuesOf = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
};

describe('the real content', () => {
  test.each(contentFilesIn('content/benefits'))('%s passes the benefit schema', (file) => {
    expect(issuesOf(readFrontmatter(file))).toEqual([]);
  });

  test.each(contentFilesIn('content/roles'))('%s passes the role schema', (file) => {
    expect(roleSchema.safeParse(readFrontmatter(file)).error?.issues ?? []).toEqual([]);
  });

  test.each(contentFilesIn('content/pages'))('%s passes the page schema', (file) => {
    expect(pageSchema.safeParse(readFrontmatter(file)).error?.issues ?? []).toEqual([]);
  });
});

describe('defaults live in the schema', () => {
  const minimal = readFrontmatter('tests/fixtures/bad-content/missing-title.mdx');
  const parsed = schema.parse({
    ...minimal,
    title: 'A title',
    order: undefined,
    audiences: undefined,
    // Every audience, because leaving out audiences means all of them.
    whyItMatters: Object.fromEntries(AUDIENCE_IDS.map((id) => [id, 'A sentence that is long enough to pass.'])),
    related: undefined,
  });

  test('order, audiences, related, draft and review interval get defaults', () => {
    expect(parsed.order).toBe(100);
    expect(parsed.audiences).toEqual([...AUDIENCE_IDS]);
    expect(parsed.related).toEqual([]);
    expect(parsed.draft).toBe(false);
    expect(parsed.reviewEveryMonths).toBe(12);
  });

  test('text is trimmed and dates become Date objects', () => {
    expect(schema.parse({ ...minimal, title: '  Spaced title  ' }).title).toBe('Spaced title');
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-01T00:00:00Z'));
  });
});

/**
 * Each broken fixture fails on exactly the field it breaks, with a message
 * that tells the editor what to write instead.
 */
const expectations: Record<string, { field: string; says: RegExp }> = {
  'missing-title': { field: 'title', says: /missing.*write a title of 3 to 70 characters/ },
  'wrong-type-order': { field: 'order', says: /must be a whole number, for example: order: 3/ },
  'description-too-long': { field: 'description', says: /too long \(185 characters\).*50 to 160 characters/ },
  'not-a-date': { field: 'lastReviewed', says: /not a real date: use the form YYYY-MM-DD/ },
  'unknown-audience': { field: 'audiences.0', says: /must each be one of "students", "new-professionals"/ },
  'misspelt-field': { field: 'titel', says: /is not a field a benefit page uses: did you mean title\?/ },
};

describe('broken fixtures', () => {
  test.each(Object.entries(expectations))('%s is rejected on its field with advice', (name, expected) => {
    const issues = issuesOf(readFrontmatter(`tests/fixtures/bad-content/${name}.mdx`));
    // A misspelt field also leaves the real one missing: both are reported.
    expect(issues.map((issue) => issue.field)).toContain(expected.field);
    expect(issues.find((issue) => issue.field === expected.field)?.message).toMatch(expected.says);
  });

  test('every fixture file is covered by a schema test or a content check', () => {
    // Covered by the references, calendarDates and findFileProblems unit tests, and by real builds in tests/content.
    // (What a page may contain is the hostile corpus's: tests/fixtures/hostile/.)
    const checkedElsewhere = [
      'unknown-related',
      'impossible-date',
      'broken-link',
      'mdx-syntax-error',
      'colon-without-quotes',
      'same-page-twice',
      'in-a-subfolder',
      'not-utf-8',
      'utf-16',
    ];
    const names = contentFilesIn('tests/fixtures/bad-content').map((file) => basename(file).replace(/\.mdx?$/, ''));
    expect(names.sort()).toEqual([...Object.keys(expectations), ...checkedElsewhere].sort());
  });
});

describe('limits', () => {
  const valid = readFrontmatter('content/benefits/conferences.mdx');

  test.each([
    ['a description under 50 characters', { description: 'Too short.' }, 'description', /too short \(10 characters\)/],
    ['one key point', { keyPoints: ['Only one point here.'] }, 'keyPoints', /at least 2 key points/],
    ['seven key points', { keyPoints: Array(7).fill('A point that is long enough.') }, 'keyPoints', /at most|too many/],
    ['four related benefits', { related: ['a', 'b', 'c', 'd'] }, 'related', /at most 3/],
    ['an unknown icon', { icon: 'star' }, 'icon', /must be one of "conferences"/],
    ['a repeated audience', { audiences: ['students', 'students'] }, 'audiences', /same audience twice/],
    ['a date in the future', { lastReviewed: new Date(Date.now() + 3 * 86_400_000) }, 'lastReviewed', /in the future/],
    ['a date a thousand years ago', { lastReviewed: '1026-11-01' }, 'lastReviewed', /before the year 2000/],
    ['draft as a string', { draft: 'yes' }, 'draft', /true or false/],
    ['order zero', { order: 0 }, 'order', /1 or more/],
    ['a title over two lines', { title: 'Attend\nconferences' }, 'title', /must be on one line/],
    ['the same related benefit twice', { related: ['training', 'training'] }, 'related', /same benefit twice/],
    ['search terms as one line', { searchTerms: 'lawmaker, senator' }, 'searchTerms', /must be a list: write each/],
    ['two search terms on one line', { searchTerms: ['lawmaker, senator'] }, 'searchTerms.0', /more than one term/],
    ['a one-letter search term', { searchTerms: ['x'] }, 'searchTerms.0', /too short \(1 characters\)/],
    ['a search term of 41 characters', { searchTerms: ['a'.repeat(41)] }, 'searchTerms.0', /too long \(41 char/],
    ['a search phrase of five words', { searchTerms: ['how do I meet lawmakers'] }, 'searchTerms.0', /at most 4 words/],
    ['21 search terms', { searchTerms: Array.from({ length: 21 }, (_, i) => `term ${i}`) }, 'searchTerms', /too many/],
    ['the same search term twice', { searchTerms: ['CV', 'cv'] }, 'searchTerms', /same term twice/],
  ])('rejects %s', (_label, change, field, says) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.find((issue) => issue.field === field)?.message).toMatch(says);
  });

  test('search terms are optional, and kept as written', () => {
    expect(schema.parse({ ...valid, searchTerms: undefined }).searchTerms).toEqual([]);
    expect(schema.parse({ ...valid, searchTerms: [' state senator ', 'CV'] }).searchTerms).toEqual([
      'state senator',
      'CV',
    ]);
  });

  test('accepts a quoted date as well as a bare one, and reads both as that day in UTC', () => {
    expect(issuesOf({ ...valid, lastReviewed: '2026-01-15' })).toEqual([]);
    expect(schema.parse({ ...valid, lastReviewed: '2026-01-15' }).lastReviewed.toISOString()).toBe(
      '2026-01-15T00:00:00.000Z',
    );
  });

  test.each([
    ['a number', 20261128],
    ['zero', 0],
    ['true', true],
    ['a month and day', 'Nov 5'],
    ['a year alone', '2026'],
    ['a date without leading zeros', '2026-2-3'],
    // Quoted, YAML keeps it as text; unquoted, findImpossibleDates catches it before YAML rolls it over.
    ['an impossible date in quotes', '2026-02-30'],
    ['a date with words', 'last week'],
  ])('rejects %s as a review date', (_label, value) => {
    expect(
      issuesOf({ ...valid, lastReviewed: value }).find((issue) => issue.field === 'lastReviewed')?.message,
    ).toMatch(/not a real date: use the form YYYY-MM-DD/);
  });
});

describe('why a benefit matters to each audience', () => {
  const valid = readFrontmatter('content/benefits/training.mdx');
  const why = valid['whyItMatters'] as Record<string, string>;

  test('every listed audience needs a sentence, named by field, with an example', () => {
    const rest = Object.fromEntries(Object.entries(why).filter(([audience]) => audience !== 'managers'));
    const issue = issuesOf({ ...valid, whyItMatters: rest }).find((found) => found.field === 'whyItMatters.managers');
    expect(issue?.message).toMatch(/is missing: the page is for managers, so write one sentence/);
    expect(issue?.message).toContain('managers: Replace with one sentence for managers.');
  });

  test('leaving out audiences means every audience needs a sentence', () => {
    const fields = issuesOf({ ...valid, audiences: undefined }).map((issue) => issue.field);
    expect(fields).toEqual(['whyItMatters.trustees-and-volunteers']);
  });

  test('a sentence for an audience the page does not list is refused', () => {
    const issues = issuesOf({
      ...valid,
      audiences: ['students'],
      whyItMatters: { students: why['students'], managers: why['managers'] },
    });
    expect(issues).toEqual([
      {
        field: 'whyItMatters.managers',
        message: 'is not one of this page\'s audiences: add "managers" to audiences, or remove this line',
      },
    ]);
  });

  test.each([
    [
      'an unknown audience',
      { ...why, manager: 'A sentence that is long enough.' },
      /is not an audience: did you mean managers\? Use one of "students"/,
    ],
    [
      'a list instead of pairs',
      ['A sentence that is long enough.'],
      /must be a list of audiences, each followed by one sentence/,
    ],
    ['a sentence that is too short', { ...why, students: 'Short.' }, /too short/],
  ])('refuses %s', (_label, value, says) => {
    expect(
      issuesOf({ ...valid, whyItMatters: value })
        .map((issue) => issue.message)
        .join('\n'),
    ).toMatch(says);
  });

  test('the argument for the employer letter is required and has limits', () => {
    expect(issuesOf({ ...valid, caseForEmployer: undefined })).toEqual([
      {
        field: 'caseForEmployer',
        message: expect.stringMatching(/is missing or not text: write one sentence in the first person/),
      },
    ]);
  });
});

describe('role pages', () => {
  test('every audience has exactly one page, and every page is an audience', () => {
    const entries = [
      { id: 'students' },
      { id: 'managers' },
      { id: 'everyone', filePath: 'content/roles/everyone.mdx' },
    ];
    expect(findRolePageProblems(entries, ['students', 'managers', 'support-staff'], 'content/roles')).toEqual([
      'content/roles/support-staff.mdx is missing: every audience needs a page, and "support-staff" (Support staff) has none. Add the file, with a title, description, lead and lastReviewed.',
      'content/roles/everyone.mdx: "everyone" is not an audience. Name the file after one of "students", "managers", "support-staff", or delete it.',
    ]);
  });

  test('a role page may have search terms', () => {
    const valid = readFrontmatter('content/roles/students.mdx');
    expect(roleSchema.parse({ ...valid, searchTerms: ['library school'] }).searchTerms).toEqual(['library school']);
  });

  test('a role page has no benefit fields', () => {
    const valid = readFrontmatter('content/roles/students.mdx');
    const issues = roleSchema.safeParse({ ...valid, icon: 'training' }).error?.issues ?? [];
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'icon: is not a field a role page uses: remove it, or check the spelling against the list of fields in the README',
    ]);
  });
});

describe('the <Questions> building block', () => {
  test('takes question and answer pairs', () => {
    const items = [{ question: 'Can my employer pay?', answer: 'Ask your manager before the budget is set.' }];
    expect(questionItems(items)).toEqual(items);
  });

  test.each([
    [[{ question: 'Can my employer pay?', anwser: 'Ask your manager.' }], 'items.0.answer'],
    [undefined, '<Questions> needs items'],
    [[], 'needs at least one question'],
  ])('used wrongly (%j), it stops with a message naming the field: %s', (items, message) => {
    expect(() => questionItems(items)).toThrow(message);
  });
});
