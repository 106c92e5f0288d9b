/**
 * `npm run bench`: how the site's build grows with the number of pages,
 * against a bare Astro + MDX project building the same pages on the same
 * machine in the same run. Writes bench-results/results.json and
 * bench-results/results.md; docs/performance.md is updated by hand from them.
 *
 * Options: --sizes 10,100,1000 (the default), --with-5000, --runs N (3 by
 * default; sizes above 1,000 pages are built once unless --runs is given),
 * --no-browser (skip the first-search measurement), --no-lighthouse,
 * --keep (leave the temporary folder for a look at the output).
 *
 * Everything is built in a temporary folder; content/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareProject } from './bench/bareProject.ts';
import {
  formatLighthouseTable,
  formatSizeTable,
  median,
  coldOverheadRatio,
  overheadRatio,
  parseBenchArgs,
  perPage,
  type LighthouseResult,
  type SizeResult,
} from './bench/benchReport.ts';
import { lighthouseScores } from './bench/lighthouseScores.ts';
import { astroBuild, distStats, firstQueryCost, searchIndexMsFromLog, type MeasuredRun } from './bench/measure.ts';
import { SEARCH_WORD, syntheticBenefits, syntheticSlug } from './bench/syntheticBenefits.ts';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const options = parseBenchArgs(args.filter((arg) => arg !== '--keep'));
const projectDir = resolve('.');
const astroBin = join(projectDir, 'node_modules/astro/bin/astro.mjs');
const resultsDir = join(projectDir, 'bench-results');
const workDir = await mkdtemp(join(tmpdir(), 'library-bench-'));

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function machine() {
  const chromium = (() => {
    try {
      return execFileSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return 'not found';
    }
  })();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: (
      JSON.parse(readFileSync(join(projectDir, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
    ).version,
    platform: `${process.platform} ${process.arch}`,
    chromium,
  };
}

/** Milliseconds Astro reports per route group, summed from its "(+12ms)" lines, to show where a build goes. */
function routeTimes(output: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const match of output.matchAll(/[├└]─ (\/[^\s]*) \(\+(\d+)ms\)/g)) {
    const path = match[1] as string;
    const group = path.startsWith('/og/') ? 'social images' : path.startsWith('/benefits/') ? 'benefit pages' : 'other';
    totals[group] = (totals[group] ?? 0) + Number(match[2]);
  }
  return totals;
}

/**
 * Waits (up to 20 s) for other work on the machine to calm down before
 * a build, since a shared machine's load shows up as build time; returns the
 * load average the build started with, which the JSON records.
 */
async function quietMachine(): Promise<number> {
  const deadline = Date.now() + 20_000;
  while ((loadavg()[0] ?? 0) > cpus().length * 0.75 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 5000));
  }
  return Number((loadavg()[0] ?? 0).toFixed(2));
}

function mustSucceed(run: MeasuredRun, what: string): MeasuredRun {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

/** Synthetic benefits plus copies of the real general and role pages, which the site's routes expect. */
async function writeContent(contentDir: string, pages: number): Promise<void> {
  await mkdir(join(contentDir, 'benefits'), { recursive: true });
  for (const file of syntheticBenefits(pages))
    await writeFile(join(contentDir, 'benefits', file.fileName), file.source);
  for (const folder of ['pages', 'roles']) {
    await mkdir(join(contentDir, folder), { recursive: true });
    for (const name of await readdir(join(projectDir, 'content', folder))) {
      if (/\.mdx?$/.test(name))
        await copyFile(join(projectDir, 'content', folder, name), join(contentDir, folder, name));
    }
  }
}

interface SizeDetail {
  result: SizeResult;
  siteRunsMs: number[];
  baselineRunsMs: number[];
  siteRunsCpuMs: number[];
  baselineRunsCpuMs: number[];
  routeTimesMs: Record<string, number>;
  /** The one-minute load average before each build, site and bare alternately. */
  loadAverages: number[];
  worstHtmlPath: string;
  firstQueryPaths: string[];
  /** The search page's own HTML, styles and scripts included. */
  searchPageTotal?: { requests: number; gzipBytes: number; statusText: string };
  firstQueryByKind?: Record<string, { requests: number; gzipBytes: number }>;
}

async function benchSize(pages: number): Promise<SizeDetail> {
  const sizeDir = join(workDir, `pages-${pages}`);
  const contentDir = join(sizeDir, 'content');
  const bareDir = join(sizeDir, 'bare');
  const siteDist = join(sizeDir, 'site-dist');
  // Inside the bare project, so its prerender step finds the borrowed node_modules.
  const bareDist = join(bareDir, 'dist');
  await writeContent(contentDir, pages);
  await writeBareProject(bareDir, join(contentDir, 'benefits'));
  const runs = pages > 1000 ? options.runsForLargeSizes : options.runs;
  const site: MeasuredRun[] = [];
  const bare: MeasuredRun[] = [];
  const loadAverages: number[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternated, so a machine that slows down over the run slows both alike.
    loadAverages.push(await quietMachine());
    log(`${pages} pages, run ${run}/${runs}: building the site…`);
    site.push(mustSucceed(await astroBuild(projectDir, siteDist, { CONTENT_DIR: contentDir }, astroBin), 'Site build'));
    log(`  site: ${((site.at(-1) as MeasuredRun).wallMs / 1000).toFixed(1)} s; building bare Astro…`);
    loadAverages.push(await quietMachine());
    bare.push(mustSucceed(await astroBuild(bareDir, bareDist, {}, astroBin), 'Bare Astro build'));
    log(`  bare: ${((bare.at(-1) as MeasuredRun).wallMs / 1000).toFixed(1)} s`);
  }
  const stats = await distStats(siteDist);
  let firstQuery: SizeDetail['firstQueryPaths'] = [];
  let firstQueryResult: SizeResult['firstQuery'];
  let searchPageTotal: SizeDetail['searchPageTotal'];
  let firstQueryByKind: SizeDetail['firstQueryByKind'];
  if (options.browser) {
    log(`  measuring a first search for "${SEARCH_WORD}" in Chromium…`);
    const cost = await firstQueryCost(siteDist, SEARCH_WORD);
    firstQuery = cost.paths;
    firstQueryResult = { requests: cost.requests, gzipBytes: cost.gzipBytes };
    searchPageTotal = { requests: cost.allRequests, gzipBytes: cost.allGzipBytes, statusText: cost.statusText };
    firstQueryByKind = cost.byKind;
  }
  const searchTimes = site.map((run) => searchIndexMsFromLog(run.output)).filter((ms) => ms !== undefined);
  const result: SizeResult = {
    pages,
    runs,
    // The first run draws every link preview; later runs find them kept, as an editor's rebuilds do.
    siteBuildMs: median((site.length > 1 ? site.slice(1) : site).map((run) => run.wallMs)),
    siteColdBuildMs: (site[0] as MeasuredRun).wallMs,
    siteCpuMs: median((site.length > 1 ? site.slice(1) : site).map((run) => run.cpuMs)),
    baselineCpuMs: median(bare.map((run) => run.cpuMs)),
    baselineBuildMs: median(bare.map((run) => run.wallMs)),
    sitePeakRssBytes: Math.max(...site.map((run) => run.peakRssBytes)),
    baselinePeakRssBytes: Math.max(...bare.map((run) => run.peakRssBytes)),
    searchIndexMs: searchTimes.length > 0 ? median(searchTimes) : undefined,
    distBytes: stats.bytes,
    distFiles: stats.files,
    htmlGzipMedianBytes: stats.htmlGzipMedianBytes,
    htmlGzipWorstBytes: stats.htmlGzipWorstBytes,
    cssGzipBytes: stats.cssGzipBytes,
    firstQuery: firstQueryResult,
  };
  log(
    `${pages} pages: ${perPage(result.siteBuildMs, pages).toFixed(1)} ms/page, ` +
      `bare ${perPage(result.baselineBuildMs, pages).toFixed(1)} ms/page, overhead ${overheadRatio(result).toFixed(2)}× ` +
      `(cold ${coldOverheadRatio(result).toFixed(2)}×)`,
  );
  const lastSiteRun = site.at(-1) as MeasuredRun;
  // Each size's pages and builds are large; --keep promises to leave them for a look.
  if (!keep) await rm(sizeDir, { recursive: true, force: true }).catch(() => undefined);
  return {
    result,
    siteRunsMs: site.map((run) => Math.round(run.wallMs)),
    baselineRunsMs: bare.map((run) => Math.round(run.wallMs)),
    siteRunsCpuMs: site.map((run) => Math.round(run.cpuMs)),
    baselineRunsCpuMs: bare.map((run) => Math.round(run.cpuMs)),
    routeTimesMs: routeTimes(lastSiteRun.output),
    loadAverages,
    worstHtmlPath: stats.worstHtmlPath,
    firstQueryPaths: firstQuery,
    ...(searchPageTotal && { searchPageTotal }),
    ...(firstQueryByKind && { firstQueryByKind }),
  };
}

/** Lighthouse on the real content, as published: the home page, a benefit and the search page. */
async function benchLighthouse(): Promise<LighthouseResult[]> {
  const dist = join(workDir, 'real-dist');
  log('Building the real content for Lighthouse…');
  mustSucceed(await astroBuild(projectDir, dist, {}, astroBin), 'Real site build');
  const benefit = (await readdir(join(dist, 'benefits'))).find((name) => !name.includes('.')) ?? '';
  const paths = ['/', `/benefits/${benefit}/`, '/search/'];
  log(`Running Lighthouse (mobile) on ${paths.join(', ')}…`);
  return lighthouseScores(dist, paths);
}

const details: SizeDetail[] = [];
let lighthouse: LighthouseResult[] = [];
const started = Date.now();
try {
  log(
    `Sizes ${options.sizes.join(', ')}; ${options.runs} run(s) each (${options.runsForLargeSizes} above 1,000 pages).`,
  );
  log(`Working in ${workDir} (first synthetic page: ${syntheticSlug(1)}).`);
  for (const pages of options.sizes) details.push(await benchSize(pages));
  if (options.lighthouse) lighthouse = await benchLighthouse();
} finally {
  if (!keep) await rm(workDir, { recursive: true, force: true });
}

const results = details.map((detail) => detail.result);
const markdown = [
  `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${JSON.stringify(machine())}`,
  '',
  formatSizeTable(results),
  ...(lighthouse.length > 0
    ? ['', 'Lighthouse (mobile preset, real content):', '', formatLighthouseTable(lighthouse)]
    : []),
  '',
].join('\n');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), options, sizes: details, lighthouse }, null, 2)}\n`,
);
await writeFile(join(resultsDir, 'results.md'), markdown);
console.log(`\n${markdown}`);
log(`Done in ${((Date.now() - started) / 60_000).toFixed(1)} min; wrote bench-results/results.json and results.md.`);
