import { basename } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { AUDIENCE_IDS } from '../../src/lib/audiences.ts';
import { benefitSchema, pageSchema } from '../../src/lib/contentSchemas.ts';
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
    // Covered by the references and calendarDates unit tests, and by real builds in tests/content.
    const checkedElsewhere = [
      'unknown-related',
      'impossible-date',
      'broken-link',
      'mdx-syntax-error',
      'colon-without-quotes',
      'inline-style',
    ];
    const names = contentFilesIn('tests/fixtures/bad-content').map((file) => basename(file, '.mdx'));
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
    ['draft as a string', { draft: 'yes' }, 'draft', /true or false/],
    ['order zero', { order: 0 }, 'order', /1 or more/],
    ['a title over two lines', { title: 'Attend\nconferences' }, 'title', /must be on one line/],
    ['the same related benefit twice', { related: ['training', 'training'] }, 'related', /same benefit twice/],
  ])('rejects %s', (_label, change, field, says) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.find((issue) => issue.field === field)?.message).toMatch(says);
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
    ['a date with words', 'last week'],
  ])('rejects %s as a review date', (_label, value) => {
    expect(
      issuesOf({ ...valid, lastReviewed: value }).find((issue) => issue.field === 'lastReviewed')?.message,
    ).toMatch(/not a real date: use the form YYYY-MM-DD/);
  });
});
