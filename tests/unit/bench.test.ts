import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  formatSizeTable,
  markdownTable,
  median,
  parseBenchArgs,
  type SizeResult,
} from '../../scripts/bench/benchReport.ts';
import { SEARCH_WORD, syntheticBenefits } from '../../scripts/bench/syntheticBenefits.ts';
import { benefitSchema } from '../../src/lib/content/contentSchemas.ts';
import { MAX_GRADE, reviewWriting } from '../../src/lib/contentChecks/plainLanguage.ts';
import { readFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';

/* In the build `related` is Astro's reference(); here a plain id stands in. */
const schema = benefitSchema(z.string());
const pages = syntheticBenefits(40);
const frontmatterOf = (source: string) => {
  const read = readFrontmatter(source);
  if ('error' in read) throw new Error(read.error);
  return read.data;
};

describe('synthetic benefit pages', () => {
  test('pass the real benefit schema', () => {
    for (const page of pages) expect(schema.safeParse(frontmatterOf(page.source)).error?.issues ?? []).toEqual([]);
  });

  test('relate only to pages in the same set, never to themselves', () => {
    const slugs = new Set(pages.map((page) => page.fileName.replace(/\.mdx$/, '')));
    for (const page of pages) {
      const related = schema.parse(frontmatterOf(page.source)).related;
      expect(related.every((id) => slugs.has(id) && `${id}.mdx` !== page.fileName)).toBe(true);
    }
    expect(schema.safeParse(frontmatterOf(syntheticBenefits(1)[0]?.source ?? '')).success).toBe(true);
  });

  test('are the same on every run, with unique titles', () => {
    expect(syntheticBenefits(40)).toEqual(pages);
    const titles = pages.map((page) => schema.parse(frontmatterOf(page.source)).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('read like a real page: headings, lists, internal links only, plain language', () => {
    for (const page of pages) {
      expect(page.source).toMatch(/^## /m);
      expect(page.source).toMatch(/^- /m);
      expect(page.source).not.toMatch(/https?:/);
      expect(reviewWriting(page.source, [], { gradeLimit: MAX_GRADE }).errors).toEqual([]);
    }
    expect(pages.filter((page) => page.source.includes(SEARCH_WORD)).length).toBeGreaterThan(0);
  });
});

describe('bench arithmetic and options', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('options: defaults, --with-5000, --sizes and --runs', () => {
    expect(parseBenchArgs([])).toMatchObject({ sizes: [10, 100, 1000], runs: 3, runsForLargeSizes: 1 });
    expect(parseBenchArgs(['--with-5000']).sizes).toEqual([10, 100, 1000, 5000]);
    expect(parseBenchArgs(['--sizes', '100,10', '--runs=2'])).toMatchObject({
      sizes: [10, 100],
      runs: 2,
      runsForLargeSizes: 2,
    });
    expect(() => parseBenchArgs(['--size', '10'])).toThrow(/Unknown option/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/whole numbers/);
  });

  test('tables escape pipes and give one row per size', () => {
    expect(markdownTable(['a|b'], [['c']])).toBe('| a\\|b |\n| --- |\n| c |');
    const result: SizeResult = {
      pages: 1000,
      runs: 2,
      siteBuildMs: 30_000,
      siteColdBuildMs: 60_000,
      siteCpuMs: 40_000,
      baselineCpuMs: 20_000,
      baselineBuildMs: 20_000,
      sitePeakRssBytes: 1024 ** 3,
      baselinePeakRssBytes: 512 * 1024 ** 2,
      searchIndexMs: 1500,
      distBytes: 50 * 1024 ** 2,
      distFiles: 2100,
      htmlGzipMedianBytes: 6 * 1024,
      htmlGzipWorstBytes: 40 * 1024,
      cssGzipBytes: 8 * 1024,
      firstQuery: { requests: 20, gzipBytes: 150 * 1024 },
    };
    const lines = formatSizeTable([result]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('| 1,000 | 2 | 30.0 s | 30.0 | 20.0 s | 20.0 | 1.50× |');
    expect(lines[2]).toContain('| 60.0 s (3.00×) | 2.00× |');
    expect(lines[2]).toContain('20 requests, 150.0 KB');
  });
});
