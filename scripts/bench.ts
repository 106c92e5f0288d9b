/**
 * `npm run bench`: how the site's build grows with the number of pages,
 * against two sites with search building the same synthetic pages on the
 * same machine in the same run: a bare Astro + MDX project indexed by the
 * Pagefind CLI, and Starlight with its built-in Pagefind search. Each is
 * built cold (no cache folder) and warm (the cache folder of the build
 * before). Writes bench-results/results.json and bench-results/results.md;
 * docs/performance.md is updated by hand from them.
 *
 * Options: --sizes 10,100,1000 (the default), --with-5000, --runs N (3 by
 * default; sizes above 1,000 pages get one run unless --runs is given),
 * --no-starlight, --no-browser (skip the first-search measurement),
 * --no-lighthouse, --no-navigation (skip timing a click to the next page
 * with and without the speculation rules), --navigation-only (only that),
 * --keep (leave the temporary folder for a look at the output).
 *
 * Everything is built in a temporary folder; content/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareProject } from './bench/bareProject.ts';
import {
  formatLighthouseTable,
  formatNavigationTable,
  formatSizeReport,
  median,
  parseBenchArgs,
  ratios,
  summariseBuilds,
  SYSTEM_NAMES,
  SYSTEMS,
  type LighthouseResult,
  type NavigationSample,
  type SizeResult,
  type SystemId,
  type SystemResult,
} from './bench/benchReport.ts';
import { lighthouseScores } from './bench/lighthouseScores.ts';
import { navigationTiming } from './bench/navigationTiming.ts';
import {
  astroBuild,
  astroBuildThenPagefind,
  cpuBusyShare,
  distStats,
  firstQueryCost,
  pagefindCliMsFromLog,
  pagefindIndexedPages,
  searchIndexMsFromLog,
  type MeasuredRun,
} from './bench/measure.ts';
import {
  ensureStarlightInstalled,
  installedVersions,
  STARLIGHT_VERSION,
  starlightPackageJson,
  writeStarlightProject,
} from './bench/starlightProject.ts';
import { SEARCH_WORD, syntheticBenefits, syntheticSlug, writeSyntheticContent } from './bench/syntheticBenefits.ts';

const options = parseBenchArgs(process.argv.slice(2));
const projectDir = resolve('.');
const astroBin = join(projectDir, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(projectDir, 'node_modules/pagefind/lib/runner/bin.cjs');
const resultsDir = join(projectDir, 'bench-results');
/**
 * Starlight's install, kept between runs. It is outside this project's
 * folder, so Node cannot fall back to this project's node_modules for a
 * package the install lacks.
 */
const starlightCacheDir = join(tmpdir(), 'library-bench-starlight');
const starlightPackage = options.starlight ? starlightPackageJson(installedVersions(projectDir)) : '';
const workDir = await mkdtemp(join(tmpdir(), 'library-bench-'));
const systems = SYSTEMS.filter((id) => id !== 'starlight' || options.starlight);

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
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(projectDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    ...(options.starlight && { starlight: STARLIGHT_VERSION }),
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
 * Waits (up to 20 s) for other work on the machine to calm down before a
 * build, since a shared machine's load shows up as build time; returns the
 * share of the cores that was busy when the build started, which the JSON
 * records. The share is sampled over a second, so the build that has just
 * ended does not count, as it would in the load average.
 */
async function quietMachine(): Promise<number | undefined> {
  const deadline = Date.now() + 20_000;
  let busy = await cpuBusyShare();
  while (busy !== undefined && busy > 0.4 && Date.now() < deadline) busy = await cpuBusyShare(4000);
  return busy === undefined ? undefined : Number(busy.toFixed(2));
}

function mustSucceed(run: MeasuredRun, what: string): MeasuredRun {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

/** One system as a size builds it: where it writes, which folder is its cache, how to build it. */
interface System {
  id: SystemId;
  dist: string;
  /** Removed before each cold build; kept for the warm build that follows. */
  cacheDir: string;
  build: () => Promise<MeasuredRun>;
}

interface BuildRecord {
  run: number;
  temperature: 'cold' | 'warm';
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** Share of the cores busy just before the build (0 to 1). */
  busyBefore: number | undefined;
}

interface SizeDetail {
  result: SizeResult;
  /** Every build, in the order it ran. */
  builds: Partial<Record<SystemId, BuildRecord[]>>;
  /** Where the site's last warm build spent its time, by route group. */
  routeTimesMs: Record<string, number>;
  /** What the Pagefind CLI reports for its part of the bare builds (median). */
  bareIndexMs: number | undefined;
  worstHtmlPath: string;
  firstQueryPaths: string[];
  /** The search page's own HTML, styles and scripts included. */
  searchPageTotal?: { requests: number; gzipBytes: number; statusText: string };
  firstQueryByKind?: Record<string, { requests: number; gzipBytes: number }>;
}

async function benchSize(pages: number): Promise<SizeDetail> {
  const sizeStarted = Date.now();
  const sizeDir = join(workDir, `pages-${pages}`);
  const contentDir = join(sizeDir, 'content');
  const bareDir = join(sizeDir, 'bare');
  const starlightDir = join(sizeDir, 'starlight');
  const benefits = syntheticBenefits(pages);
  await writeSyntheticContent(contentDir, benefits, projectDir);
  await writeBareProject(bareDir, join(contentDir, 'benefits'));
  if (options.starlight) await writeStarlightProject(starlightDir, starlightCacheDir, starlightPackage, benefits);
  const siteDist = join(sizeDir, 'site-dist');
  // The generated projects write inside their own folder, so their prerender step finds the borrowed node_modules.
  const bareDist = join(bareDir, 'dist');
  const starlightDist = join(starlightDir, 'dist');
  const starlightAstro = join(starlightDir, 'node_modules/astro/bin/astro.mjs');
  const all: Record<SystemId, System> = {
    site: {
      id: 'site',
      dist: siteDist,
      // astro.config.mjs gives other content its own cache folder.
      cacheDir: join(contentDir, '.astro-cache'),
      build: () => astroBuild(projectDir, siteDist, { CONTENT_DIR: contentDir }, astroBin),
    },
    bare: {
      id: 'bare',
      dist: bareDist,
      cacheDir: join(bareDir, '.astro-cache'),
      build: () => astroBuildThenPagefind(bareDir, bareDist, astroBin, pagefindBin),
    },
    starlight: {
      id: 'starlight',
      dist: starlightDist,
      cacheDir: join(starlightDir, '.astro-cache'),
      build: () => astroBuild(starlightDir, starlightDist, {}, starlightAstro),
    },
  };
  const runs = pages > 1000 ? options.runsForLargeSizes : options.runs;
  const measured: Partial<Record<SystemId, { cold: MeasuredRun[]; warm: MeasuredRun[] }>> = {};
  const builds: SizeDetail['builds'] = {};
  for (let run = 1; run <= runs; run++) {
    // Systems alternate, cold then warm, so a machine that slows down over the run slows all alike.
    for (const temperature of ['cold', 'warm'] as const) {
      for (const id of systems) {
        const system = all[id];
        if (temperature === 'cold') await rm(system.cacheDir, { recursive: true, force: true });
        const busyBefore = await quietMachine();
        const build = mustSucceed(await system.build(), `${SYSTEM_NAMES[id]} build (${temperature})`);
        (measured[id] ??= { cold: [], warm: [] })[temperature].push(build);
        (builds[id] ??= []).push({
          run,
          temperature,
          wallMs: Math.round(build.wallMs),
          cpuMs: Math.round(build.cpuMs),
          peakRssBytes: build.peakRssBytes,
          busyBefore,
        });
        log(
          `${pages} pages, run ${run}/${runs}, ${temperature}: ${SYSTEM_NAMES[id]} ` +
            `${(build.wallMs / 1000).toFixed(1)} s (CPU ${(build.cpuMs / 1000).toFixed(1)} s)`,
        );
      }
    }
  }
  const systemResult = async (id: SystemId): Promise<SystemResult> => {
    const { cold, warm } = measured[id] as { cold: MeasuredRun[]; warm: MeasuredRun[] };
    const dist = all[id].dist;
    const indexedPages = pagefindIndexedPages(dist);
    // Each system is a site with search; one that built no index of every page is not a fair comparison.
    if (indexedPages === undefined || indexedPages < pages)
      throw new Error(`${SYSTEM_NAMES[id]} indexed ${indexedPages ?? 'no'} pages of ${pages} for search (${dist})`);
    const stats = await distStats(dist);
    return {
      ...summariseBuilds(cold, warm),
      distBytes: stats.bytes,
      distFiles: stats.files,
      indexedPages,
    };
  };
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
  const siteRuns = measured.site as { cold: MeasuredRun[]; warm: MeasuredRun[] };
  const bareRuns = measured.bare as { cold: MeasuredRun[]; warm: MeasuredRun[] };
  const searchTimes = [...siteRuns.cold, ...siteRuns.warm]
    .map((run) => searchIndexMsFromLog(run.output))
    .filter((ms) => ms !== undefined);
  const bareIndexTimes = [...bareRuns.cold, ...bareRuns.warm]
    .map((run) => pagefindCliMsFromLog(run.output))
    .filter((ms) => ms !== undefined);
  const result: SizeResult = {
    pages,
    runs,
    site: await systemResult('site'),
    bare: await systemResult('bare'),
    starlight: options.starlight ? await systemResult('starlight') : undefined,
    searchIndexMs: searchTimes.length > 0 ? median(searchTimes) : undefined,
    htmlGzipMedianBytes: stats.htmlGzipMedianBytes,
    htmlGzipWorstBytes: stats.htmlGzipWorstBytes,
    cssGzipBytes: stats.cssGzipBytes,
    firstQuery: firstQueryResult,
  };
  const ratio = ratios(result);
  const shown = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}×`);
  log(
    `${pages} pages in ${((Date.now() - sizeStarted) / 60_000).toFixed(1)} min: site warm ÷ bare + Pagefind warm ` +
      `${shown(ratio.warmVsBare)}, site cold ÷ Starlight cold ${shown(ratio.coldVsStarlight)}, ` +
      `peak RSS ÷ bare + Pagefind ${shown(ratio.peakVsBare)}`,
  );
  const lastSiteRun = siteRuns.warm.at(-1) as MeasuredRun;
  // Each size's pages and builds are large; --keep promises to leave them for a look.
  if (!options.keep) await rm(sizeDir, { recursive: true, force: true }).catch(() => undefined);
  return {
    result,
    builds,
    routeTimesMs: routeTimes(lastSiteRun.output),
    bareIndexMs: bareIndexTimes.length > 0 ? median(bareIndexTimes) : undefined,
    worstHtmlPath: stats.worstHtmlPath,
    firstQueryPaths: firstQuery,
    ...(searchPageTotal && { searchPageTotal }),
    ...(firstQueryByKind && { firstQueryByKind }),
  };
}

let realDist: string | undefined;

/** The real content, built once for Lighthouse and the navigation timing. */
async function realContentBuild(): Promise<string> {
  if (realDist) return realDist;
  const dist = join(workDir, 'real-dist');
  log('Building the real content…');
  mustSucceed(await astroBuild(projectDir, dist, {}, astroBin), 'Real site build');
  realDist = dist;
  return dist;
}

/** Lighthouse on the real content, as published: the home page, a benefit and the search page. */
async function benchLighthouse(): Promise<LighthouseResult[]> {
  const dist = await realContentBuild();
  const benefit = (await readdir(join(dist, 'benefits'))).find((name) => !name.includes('.')) ?? '';
  const paths = ['/', `/benefits/${benefit}/`, '/search/'];
  log(`Running Lighthouse (mobile) on ${paths.join(', ')}…`);
  return lighthouseScores(dist, paths);
}

/** How the next page comes: a click from the A–Z list to a benefit, with and without the speculation rules. */
const NAVIGATION = { from: '/benefits/', to: '/benefits/training/', runs: 10, latencyMs: 150, hoverMs: 500 };

async function benchNavigation(): Promise<NavigationSample[]> {
  const dist = await realContentBuild();
  log(
    `Timing ${NAVIGATION.runs} clicks from ${NAVIGATION.from} to ${NAVIGATION.to} with and without the speculation rules ` +
      `(${NAVIGATION.latencyMs} ms a request, the pointer resting ${NAVIGATION.hoverMs} ms on the link)…`,
  );
  return navigationTiming(dist, NAVIGATION);
}

const details: SizeDetail[] = [];
let lighthouse: LighthouseResult[] = [];
let navigation: NavigationSample[] = [];
const started = Date.now();
try {
  log(
    `Sizes ${options.sizes.join(', ')}; ${options.runs} run(s) each (${options.runsForLargeSizes} above 1,000 pages), ` +
      `each run a cold and a warm build of ${systems.map((id) => SYSTEM_NAMES[id]).join(', ')}.`,
  );
  if (options.starlight && !options.navigationOnly) {
    log(`Starlight ${STARLIGHT_VERSION}: checking its install in ${starlightCacheDir}…`);
    const installStarted = Date.now();
    if (await ensureStarlightInstalled(starlightCacheDir, starlightPackage))
      log(`  installed in ${((Date.now() - installStarted) / 1000).toFixed(0)} s.`);
    else log('  reusing the install from an earlier run.');
  }
  log(`Working in ${workDir} (first synthetic page: ${syntheticSlug(1)}).`);
  if (!options.navigationOnly) {
    for (const pages of options.sizes) details.push(await benchSize(pages));
    if (options.lighthouse) lighthouse = await benchLighthouse();
  }
  if (options.navigation) navigation = await benchNavigation();
} finally {
  if (!options.keep) await rm(workDir, { recursive: true, force: true });
}

const results = details.map((detail) => detail.result);
const markdown = [
  `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${JSON.stringify(machine())}`,
  '',
  ...(results.length > 0 ? [formatSizeReport(results)] : []),
  ...(navigation.length > 0
    ? [
        '',
        `From a click to the next page's first paint (${NAVIGATION.from} to ${NAVIGATION.to}, ${NAVIGATION.latencyMs} ms a request, pointer resting ${NAVIGATION.hoverMs} ms on the link):`,
        '',
        formatNavigationTable(navigation),
      ]
    : []),
  ...(lighthouse.length > 0
    ? ['', 'Lighthouse (mobile preset, real content):', '', formatLighthouseTable(lighthouse)]
    : []),
  '',
].join('\n');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), options, sizes: details, lighthouse, navigation: { ...NAVIGATION, samples: navigation } }, null, 2)}\n`,
);
await writeFile(join(resultsDir, 'results.md'), markdown);
console.log(`\n${markdown}`);
log(`Done in ${((Date.now() - started) / 60_000).toFixed(1)} min; wrote bench-results/results.json and results.md.`);
