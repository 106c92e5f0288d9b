import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';
import { benefitSchema } from '../../src/lib/content/contentSchemas.ts';
import { reviewWriting } from '../../src/lib/writingCheck/plainLanguage.ts';
import { readPage } from '../../src/lib/writingCheck/readPage.ts';
import { newBenefitFile, slugFor } from '../../scripts/newBenefit/newBenefitFile.ts';

describe('slugFor', () => {
  test.each([
    ['Attend workshops', 'attend-workshops'],
    ['Mentoring & Leadership!', 'mentoring-and-leadership'],
    ['  Café   culture ', 'cafe-culture'],
    ['2026 events', '2026-events'],
    ['!!!', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugFor(title)).toBe(slug);
  });
});

describe('newBenefitFile', () => {
  const source = newBenefitFile('Attend "workshops": a guide', new Date('2026-11-28T10:00:00Z'));
  const read = readFrontmatter(source);
  const data = 'data' in read ? read.data : read;

  test('passes the real schema as a draft, with the title kept exactly', () => {
    const parsed = benefitSchema(z.string()).parse(data);
    expect(parsed.draft).toBe(true);
    expect(parsed.title).toBe('Attend "workshops": a guide');
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-28T00:00:00Z'));
  });

  test('passes the writing checks too', () => {
    const page = readPage('attend-workshops.mdx', source);
    expect('error' in page ? page.error : reviewWriting(page, { gradeLimit: 9 }).errors).toEqual([]);
  });
});
