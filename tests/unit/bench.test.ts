import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, test } from 'vitest';
import { writeBareProject } from '../../scripts/bench/bareProject.ts';
import {
  checkTargets,
  formatBuildTable,
  formatNavigationTable,
  formatRatioTable,
  formatSiteTable,
  formatSizeReport,
  formatTargetTable,
  markdownTable,
  median,
  parseBenchArgs,
  ratios,
  summariseBuilds,
  TARGETS,
  type SizeResult,
  type SystemResult,
} from '../../scripts/bench/benchReport.ts';
import { pagefindCliMsFromLog, pagefindIndexedPages } from '../../scripts/bench/measure.ts';
import {
  installedVersions,
  STARLIGHT_VERSION,
  starlightPackageJson,
  withStepsImport,
  writeStarlightProject,
} from '../../scripts/bench/starlightProject.ts';
import { SEARCH_WORD, syntheticBenefits, writeSyntheticContent } from '../../scripts/bench/syntheticBenefits.ts';
import { benefitSchema } from '../../src/lib/content/contentSchemas.ts';
import { MAX_GRADE, reviewWriting } from '../../src/lib/writingCheck/plainLanguage.ts';
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

describe('synthetic content folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-content-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('has every folder the site builds from, and links only to benefits it has', async () => {
    const benefits = syntheticBenefits(3);
    await writeSyntheticContent(folder, benefits, process.cwd());
    // content/site/ holds the words of the pages the site builds itself; without it the build stops.
    for (const folderName of ['site', 'pages', 'roles']) {
      expect(readdirSync(join(folder, folderName)).sort()).toEqual(
        readdirSync(join('content', folderName))
          .filter((name) => /\.(?:mdx?|ya?ml)$/.test(name))
          .sort(),
      );
    }
    const slugs = new Set(benefits.map((file) => file.fileName.replace(/\.mdx$/, '')));
    const linked = ['site', 'pages', 'roles'].flatMap((folderName) =>
      readdirSync(join(folder, folderName)).flatMap((name) =>
        [...readFileSync(join(folder, folderName, name), 'utf8').matchAll(/\/benefits\/([a-z0-9-]+)\//g)].map(
          (match) => match[1],
        ),
      ),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((slug) => !slugs.has(slug ?? ''))).toEqual([]);
  });
});

describe('bench arithmetic and options', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('options: defaults, --with-5000, --sizes and --runs', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [10, 100, 1000],
      runs: 3,
      runsForLargeSizes: 1,
      starlight: true,
      browser: true,
      lighthouse: true,
      navigation: true,
      navigationOnly: false,
      keep: false,
    });
    expect(parseBenchArgs(['--with-5000']).sizes).toEqual([10, 100, 1000, 5000]);
    expect(parseBenchArgs(['--sizes', '100,10', '--runs=2'])).toMatchObject({
      sizes: [10, 100],
      runs: 2,
      runsForLargeSizes: 2,
    });
    expect(() => parseBenchArgs(['--size', '10'])).toThrow(/Unknown option/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/whole numbers/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/needs a value/);
  });

  test('options: --no-starlight, --no-browser, --no-lighthouse and --keep each turn one thing off or on', () => {
    expect(parseBenchArgs(['--no-starlight'])).toMatchObject({ starlight: false, browser: true, lighthouse: true });
    expect(parseBenchArgs(['--no-browser', '--no-lighthouse'])).toMatchObject({
      starlight: true,
      browser: false,
      lighthouse: false,
    });
    expect(parseBenchArgs(['--keep', '--sizes=10'])).toMatchObject({ keep: true, sizes: [10] });
    expect(parseBenchArgs(['--no-navigation'])).toMatchObject({ navigation: false, navigationOnly: false });
    expect(parseBenchArgs(['--navigation-only'])).toMatchObject({ navigation: true, navigationOnly: true });
  });

  test('the navigation table gives each way its median, range and how often the prefetch was used', () => {
    const sample = (rules: boolean, clickToPaintMs: number, prefetched = rules) => ({
      rules,
      clickToPaintMs,
      deliveryType: prefetched ? 'navigational-prefetch' : 'network',
    });
    expect(
      formatNavigationTable([
        sample(true, 90),
        sample(false, 300),
        sample(true, 110, false),
        sample(false, 280),
        sample(true, 100),
      ]),
    ).toBe(
      [
        '| next page | runs | click to first paint (median) | range | served from the prefetch |',
        '| --- | --- | --- | --- | --- |',
        '| with speculation rules | 3 | 100 ms | 90 to 110 ms | 2 of 3 |',
        '| without | 2 | 290 ms | 280 to 300 ms | 0 of 2 |',
      ].join('\n'),
    );
  });

  test('cold and warm builds are summarised apart, peak memory over both', () => {
    const build = (wallMs: number, cpuMs: number, peakRssBytes: number) => ({ wallMs, cpuMs, peakRssBytes });
    expect(
      summariseBuilds(
        [build(30, 20, 100), build(10, 40, 500), build(20, 30, 200)],
        [build(5, 4, 300), build(7, 6, 200)],
      ),
    ).toEqual({ coldMs: 20, warmMs: 6, coldCpuMs: 30, warmCpuMs: 5, peakRssBytes: 500 });
  });
});

const system = (overrides: Partial<SystemResult> = {}): SystemResult => ({
  coldMs: 20_000,
  warmMs: 10_000,
  coldCpuMs: 25_000,
  warmCpuMs: 12_000,
  peakRssBytes: 1024 ** 3,
  distBytes: 50 * 1024 ** 2,
  distFiles: 2100,
  indexedPages: 1000,
  ...overrides,
});

const sizeResult = (overrides: Partial<SizeResult> = {}): SizeResult => ({
  pages: 1000,
  runs: 2,
  site: system({ coldMs: 30_000, warmMs: 12_000, warmCpuMs: 18_000, peakRssBytes: 1.5 * 1024 ** 3 }),
  bare: system(),
  starlight: system({ coldMs: 60_000, warmMs: 50_000, coldCpuMs: 75_000 }),
  searchIndexMs: 1500,
  htmlGzipMedianBytes: 6 * 1024,
  htmlGzipWorstBytes: 40 * 1024,
  cssGzipBytes: 8 * 1024,
  firstQuery: { requests: 20, gzipBytes: 150 * 1024 },
  ...overrides,
});

describe('bench ratios and targets', () => {
  test('ratios put the site over the other system', () => {
    expect(ratios(sizeResult())).toEqual({
      coldVsStarlight: 0.5,
      warmVsBare: 1.2,
      peakVsBare: 1.5,
      warmCpuVsBare: 1.5,
      coldCpuVsStarlight: 1 / 3,
      coldVsBare: 1.5,
      warmVsStarlight: 0.24,
    });
    expect(ratios(sizeResult({ starlight: undefined }))).toMatchObject({
      coldVsStarlight: undefined,
      coldCpuVsStarlight: undefined,
      warmVsStarlight: undefined,
      warmVsBare: 1.2,
    });
  });

  test('issue #14 targets: 0.75× Starlight cold, 1.3× bare warm and peak at 1,000 pages, 1.2× bare warm at 100', () => {
    expect(TARGETS.map(({ pages, ratio, limit }) => [pages, ratio, limit])).toEqual([
      [1000, 'coldVsStarlight', 0.75],
      [1000, 'warmVsBare', 1.3],
      [1000, 'peakVsBare', 1.3],
      [100, 'warmVsBare', 1.2],
    ]);
  });

  test('a target passes at or under its limit, fails over it, and is not measured without its size or system', () => {
    const hundred = sizeResult({
      pages: 100,
      site: system({ warmMs: 1300 }),
      bare: system({ warmMs: 1000 }),
    });
    const verdicts = checkTargets([hundred, sizeResult()]).map(({ verdict, measured }) => [verdict, measured]);
    expect(verdicts).toEqual([
      ['pass', 0.5],
      ['pass', 1.2],
      ['FAIL', 1.5],
      ['FAIL', 1.3],
    ]);
    const atLimit = sizeResult({ site: system({ coldMs: 45_000 }) });
    expect(checkTargets([atLimit])[0]).toMatchObject({ measured: 0.75, verdict: 'pass' });
    // Judged as shown to three decimals: 1.2004 prints as 1.200× and passes, 1.2006 prints as 1.201× and fails.
    const warmAt100 = (siteWarmMs: number) =>
      checkTargets([
        sizeResult({ pages: 100, site: system({ warmMs: siteWarmMs }), bare: system({ warmMs: 10_000 }) }),
      ]);
    expect(warmAt100(12_004)[3]).toMatchObject({ measured: 1.2004, verdict: 'pass' });
    expect(warmAt100(12_006)[3]).toMatchObject({ verdict: 'FAIL' });
    expect(formatTargetTable([sizeResult({ pages: 100, site: system({ warmMs: 12_006 }) })])).toContain(
      '| 100 | 1.201× | 1.2× | FAIL |',
    );
    expect(checkTargets([sizeResult({ starlight: undefined })]).map((check) => check.verdict)).toEqual([
      'not measured',
      'pass',
      'FAIL',
      'not measured',
    ]);
  });
});

describe('bench tables', () => {
  test('markdown tables escape pipes', () => {
    expect(markdownTable(['a|b'], [['c']])).toBe('| a\\|b |\n| --- |\n| c |');
  });

  test('the build table has a row per size and system, Starlight left out when not built', () => {
    const lines = formatBuildTable([sizeResult(), sizeResult({ pages: 10, starlight: undefined })]).split('\n');
    expect(lines).toHaveLength(2 + 3 + 2);
    expect(lines[2]).toBe(
      '| 1,000 | this site | 2 | 30.0 s | 12.0 s | 12.0 | 25.0 s | 18.0 s | 1536 MB | 50 MB, 2,100 files | 1,000 |',
    );
    expect(lines[3]).toContain('| 1,000 | bare Astro + Pagefind | 2 | 20.0 s | 10.0 s | 10.0 |');
    expect(lines[4]).toContain('| 1,000 | Starlight | 2 | 60.0 s | 50.0 s | 50.0 | 75.0 s |');
    expect(lines.slice(5).map((line) => line.split(' | ')[1])).toEqual(['this site', 'bare Astro + Pagefind']);
    expect(formatBuildTable([sizeResult({ bare: system({ indexedPages: undefined }) })])).toMatch(/ \| none \|$/m);
  });

  test('the ratio table gives each ratio to two decimals, n/a without Starlight', () => {
    const lines = formatRatioTable([sizeResult(), sizeResult({ pages: 100, starlight: undefined })]).split('\n');
    expect(lines[2]).toBe('| 1,000 | 0.50× | 1.20× | 1.50× | 1.50× | 0.33× | 1.50× | 0.24× |');
    expect(lines[3]).toBe('| 100 | n/a | 1.20× | 1.50× | 1.50× | n/a | 1.50× | n/a |');
  });

  test('the target table says pass, FAIL or not measured for each target', () => {
    const lines = formatTargetTable([sizeResult()]).split('\n');
    expect(lines).toHaveLength(2 + TARGETS.length);
    expect(lines[2]).toBe('| site cold build ≤ 0.75× Starlight cold | 1,000 | 0.500× | 0.75× | pass |');
    expect(lines[4]).toBe('| site peak memory ≤ 1.3× bare Astro + Pagefind peak | 1,000 | 1.500× | 1.3× | FAIL |');
    expect(lines[5]).toBe('| site warm build ≤ 1.2× bare Astro + Pagefind warm | 100 | n/a | 1.2× | not measured |');
  });

  test("the site's output table and the whole report", () => {
    const site = formatSiteTable([sizeResult({ firstQuery: undefined, searchIndexMs: undefined })]).split('\n');
    expect(site[2]).toBe('| 1,000 | n/a | 6.0 KB / 40.0 KB | 8.0 KB | n/a |');
    expect(formatSiteTable([sizeResult()])).toContain('| 1.5 s |');
    expect(formatSiteTable([sizeResult()])).toContain('20 requests, 150.0 KB');
    const report = formatSizeReport([sizeResult()]);
    for (const table of [formatBuildTable, formatRatioTable, formatTargetTable, formatSiteTable])
      expect(report).toContain(table([sizeResult()]));
  });
});

describe('the other two systems', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("the bare project's layout is indexed by Pagefind, and it keeps its own cache folder", async () => {
    const bareDir = join(folder, 'bare');
    await writeBareProject(bareDir, join(folder, 'benefits'));
    expect(readFileSync(join(bareDir, 'src/layouts/Minimal.astro'), 'utf8')).toContain('<body data-pagefind-body>');
    expect(readFileSync(join(bareDir, 'astro.config.mjs'), 'utf8')).toContain("cacheDir: './.astro-cache'");
    expect(readFileSync(join(bareDir, 'src/pages/search.astro'), 'utf8')).not.toContain('data-pagefind-body');
  });

  test('Starlight pages import its Steps after the frontmatter, only where used', () => {
    const withSteps = pages.find((page) => page.source.includes('<Steps>'))?.source ?? '';
    const without = pages.find((page) => !page.source.includes('<Steps>'))?.source ?? '';
    const changed = withStepsImport(withSteps);
    const end = withSteps.indexOf('\n---\n', 4) + 5;
    expect(changed).toBe(
      `${withSteps.slice(0, end)}\nimport { Steps } from '@astrojs/starlight/components';\n${withSteps.slice(end)}`,
    );
    expect(frontmatterOf(changed)).toEqual(frontmatterOf(withSteps));
    expect(withStepsImport(without)).toBe(without);
    expect(() => withStepsImport('<Steps>\n\n1. One\n\n</Steps>\n')).toThrow(/frontmatter/);
  });

  test("Starlight's install pins exact versions, this project's for the packages it shares", () => {
    const versions = installedVersions(resolve('.'));
    const manifest = JSON.parse(starlightPackageJson(versions)) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['@astrojs/starlight']).toBe(STARLIGHT_VERSION);
    expect(manifest.dependencies['astro']).toBe(versions['astro']);
    expect(manifest.dependencies['pagefind']).toBe(versions['pagefind']);
    expect(Object.values(manifest.dependencies).every((version) => /^\d+\.\d+\.\d+$/.test(version))).toBe(true);
    expect(starlightPackageJson(versions)).toBe(starlightPackageJson({ ...versions }));
    const withoutAstro = Object.fromEntries(Object.entries(versions).filter(([name]) => name !== 'astro'));
    expect(() => starlightPackageJson(withoutAstro)).toThrow(/No version of astro/);
  });

  test('the Starlight project lists its dependencies and keeps its own cache folder', async () => {
    const projectDir = join(folder, 'starlight');
    const packageJson = starlightPackageJson(installedVersions(resolve('.')));
    await writeStarlightProject(projectDir, join(folder, 'cache'), packageJson, pages.slice(0, 3));
    expect(readFileSync(join(projectDir, 'package.json'), 'utf8')).toBe(packageJson);
    expect(readFileSync(join(projectDir, 'astro.config.mjs'), 'utf8')).toContain("cacheDir: './.astro-cache'");
    expect(readdirSync(join(projectDir, 'src/content/docs/benefits'))).toEqual(
      pages.slice(0, 3).map((page) => page.fileName),
    );
  });

  test('Pagefind: the CLI time and the pages in an index', () => {
    expect(pagefindCliMsFromLog('  Indexed 1 page\n\nFinished in 0.138 seconds\n')).toBe(138);
    expect(pagefindCliMsFromLog('no index')).toBeUndefined();
    const dist = join(folder, 'dist');
    expect(pagefindIndexedPages(dist)).toBeUndefined();
    mkdirSync(join(dist, 'pagefind'), { recursive: true });
    writeFileSync(
      join(dist, 'pagefind', 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { page_count: 10 }, fr: { page_count: 2 } } }),
    );
    expect(pagefindIndexedPages(dist)).toBe(12);
  });
});
