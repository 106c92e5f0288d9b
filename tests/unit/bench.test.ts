import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, test } from 'vitest';
import {
  formatBuildTable,
  formatPageBytes,
  formatRatioTable,
  markdownTable,
  median,
  summarise,
  type SystemBuilds,
} from '../../scripts/bench/benchReport.ts';
import { withStepsImport } from '../../scripts/bench/comparedSites.ts';
import { syntheticBenefits, writeSyntheticContent } from '../../scripts/bench/syntheticBenefits.ts';
import { benefitSchema } from '../../src/lib/content/contentSchemas.ts';
import { readFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';

/* In the build `related` is Astro's reference(); here a plain id stands in. */
const schema = benefitSchema(z.string());
const pages = syntheticBenefits(40);
const frontmatterOf = (source: string) => {
  const read = readFrontmatter(source);
  if ('error' in read) throw new Error(read.error);
  return read.data;
};
const slugOf = (fileName: string) => fileName.replace(/\.mdx$/, '');

describe('synthetic benefit pages', () => {
  test('pass the real benefit schema, with unique titles, the same on every run', () => {
    for (const page of pages) expect(schema.safeParse(frontmatterOf(page.source)).error?.issues ?? []).toEqual([]);
    const titles = pages.map((page) => schema.parse(frontmatterOf(page.source)).title);
    expect(new Set(titles).size).toBe(40);
    expect(syntheticBenefits(40)).toEqual(pages);
    expect(pages[0]?.fileName).toBe('synthetic-benefit-00001.mdx');
  });

  test('relate and link only to pages of the same set, never to themselves', () => {
    const slugs = new Set(pages.map((page) => slugOf(page.fileName)));
    for (const page of pages) {
      const related = schema.parse(frontmatterOf(page.source)).related;
      expect(related.length).toBeGreaterThan(0);
      expect(related.filter((id) => !slugs.has(id) || id === slugOf(page.fileName))).toEqual([]);
      const linked = [...page.source.matchAll(/\]\(\/benefits\/([^/]+)\/\)/g)].map((match) => match[1] ?? '');
      expect(linked.filter((slug) => !slugs.has(slug))).toEqual([]);
    }
    expect(schema.parse(frontmatterOf(syntheticBenefits(1)[0]?.source ?? '')).related).toEqual([]);
  });

  test('read like a real page of about 500 words: headings, lists, steps, no outside link', () => {
    for (const page of pages) {
      const body = page.source.slice(page.source.indexOf('\n---\n') + 5);
      expect(body.split(/\s+/).length).toBeGreaterThan(300);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(page.source).not.toMatch(/https?:/);
    }
    expect(pages.filter((page) => page.source.includes('<Steps>\n\n1. ')).length).toBe(20);
  });
});

describe('synthetic content folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-content-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('has every folder the site builds from, and links only to benefits it has', async () => {
    const benefits = syntheticBenefits(3);
    await writeSyntheticContent(folder, benefits);
    for (const name of ['site', 'pages', 'roles']) {
      const expected = readdirSync(join('content', name)).filter((file) => /\.(?:mdx?|ya?ml)$/.test(file));
      expect(readdirSync(join(folder, name)).sort()).toEqual(expected.sort());
    }
    const slugs = new Set(benefits.map((file) => slugOf(file.fileName)));
    const linked = ['site', 'pages', 'roles'].flatMap((name) =>
      readdirSync(join(folder, name)).flatMap((file) =>
        [...readFileSync(join(folder, name, file), 'utf8').matchAll(/\/benefits\/([a-z0-9-]+)\//g)].map((m) => m[1]),
      ),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((slug) => !slugs.has(slug ?? ''))).toEqual([]);
  });
});

test("Starlight's pages import its Steps right after the frontmatter, and only where they use it", () => {
  const withSteps = pages.find((page) => page.source.includes('<Steps>'))?.source ?? '';
  const without = pages.find((page) => !page.source.includes('<Steps>'))?.source ?? '';
  const end = withSteps.indexOf('\n---\n', 4) + 5;
  expect(withStepsImport(withSteps)).toBe(
    `${withSteps.slice(0, end)}\nimport { Steps } from '@astrojs/starlight/components';\n${withSteps.slice(end)}`,
  );
  expect(withStepsImport(without)).toBe(without);
  expect(() => withStepsImport('<Steps>\n\n1. One\n\n</Steps>\n')).toThrow(/frontmatter/);
});

describe('bench report', () => {
  const build = (wallMs: number, cpuMs: number, peakMegabytes: number) => {
    return { wallMs, cpuMs, peakRssBytes: peakMegabytes * 1024 ** 2 };
  };
  const systems: SystemBuilds[] = [
    {
      name: 'this site',
      cold: [build(30_000, 40_000, 1500), build(34_000, 44_000, 1400), build(32_000, 42_000, 1450)],
      warm: [build(12_000, 18_000, 1200), build(14_000, 20_000, 1600), build(13_000, 19_000, 1300)],
      distBytes: 80 * 1024 ** 2,
      distFiles: 3108,
    },
    {
      name: 'bare Astro + Pagefind',
      cold: [build(10_000, 12_000, 1000), build(12_000, 14_000, 1000), build(11_000, 13_000, 1000)],
      warm: [build(10_000, 14_000, 1000), build(10_000, 13_000, 800), build(11_000, 15_000, 900)],
      distBytes: 7 * 1024 ** 2,
      distFiles: 2052,
    },
  ];

  test('median of odd and even counts, and of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('cold and warm builds are summarised apart; peak memory is the highest of all builds', () => {
    expect(summarise(systems[0] as SystemBuilds)).toEqual({
      coldMs: 32_000,
      warmMs: 13_000,
      coldCpuMs: 42_000,
      warmCpuMs: 19_000,
      peakRssBytes: 1600 * 1024 ** 2,
    });
  });

  test('a row per system, and the first as a multiple of each other one', () => {
    expect(formatBuildTable(1000, systems).split('\n')).toEqual([
      '| pages | system | runs | cold build | warm build | peak RSS | cold CPU | warm CPU | dist/ |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 1,000 | this site | 3 | 32.0 s | 13.0 s | 1600 MB | 42.0 s | 19.0 s | 80 MB, 3,108 files |',
      '| 1,000 | bare Astro + Pagefind | 3 | 11.0 s | 10.0 s | 1000 MB | 13.0 s | 14.0 s | 7 MB, 2,052 files |',
    ]);
    expect(formatRatioTable(systems).split('\n').at(-1)).toBe(
      '| this site ÷ bare Astro + Pagefind | 2.91× | 1.30× | 1.60× | 3.23× | 1.36× |',
    );
  });

  test("the site's page bytes: median and largest page, by address, and all CSS", () => {
    const html = [
      { path: '/index.html', gzipBytes: 5 * 1024 },
      { path: '/benefits/index.html', gzipBytes: 50 * 1024 },
      { path: '/join/index.html', gzipBytes: 7 * 1024 },
    ];
    expect(formatPageBytes(html, 8.75 * 1024)).toBe(
      "This site's HTML, gzip: median 7.0 KB, largest 50.0 KB (/benefits/); all CSS 8.8 KB.",
    );
  });

  test('a pipe in a cell is escaped', () => {
    expect(markdownTable(['a|b'], [['c']])).toBe('| a\\|b |\n| --- |\n| c |');
  });
});
