import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findImpossibleDates, isRealCalendarDate } from '../../src/lib/contentChecks/calendarDates.ts';
import { frontmatterOf } from '../../src/lib/contentChecks/readFrontmatter.ts';
import { contentFilesIn } from '../support/contentFiles.ts';

describe('isRealCalendarDate', () => {
  test.each([
    [2026, 2, 28, true],
    [2028, 2, 29, true],
    [2026, 2, 29, false],
    [2026, 2, 30, false],
    [2026, 13, 1, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
  ])('%i-%i-%i is %s', (year, month, day, real) => {
    expect(isRealCalendarDate(year, month, day)).toBe(real);
  });
});

describe('findImpossibleDates', () => {
  test('reports a rolled-over date by field, with the fix', () => {
    const source = readFileSync('tests/fixtures/bad-content/impossible-date.mdx', 'utf8');
    expect(findImpossibleDates(source)).toEqual([
      'lastReviewed: "2026-02-30" is not a real date. Use the form YYYY-MM-DD, for example 2026-11-28',
    ]);
  });

  test('accepts real dates, quoted or not, and leaves quoted text and the body to others', () => {
    const source = `---\nlastReviewed: '2026-11-28'\nother: 2026-01-31\nquoted: '2026-02-31'\n---\n\nwhen: 2026-02-31\n`;
    expect(findImpossibleDates(source)).toEqual([]);
  });

  test('every real content file has only real dates', () => {
    for (const file of [...contentFilesIn('content/benefits'), ...contentFilesIn('content/pages')]) {
      expect(findImpossibleDates(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });

  test('frontmatterOf handles a file without frontmatter and Windows line ends', () => {
    expect(frontmatterOf('# Just a heading\n')).toBe('');
    expect(frontmatterOf('---\r\ntitle: x\r\n---\r\nbody')).toBe('title: x');
  });
});

test('an impossible date with a time is caught too', () => {
  expect(findImpossibleDates('---\nlastReviewed: 2026-02-30T10:00:00Z\n---\n')).toHaveLength(1);
});
