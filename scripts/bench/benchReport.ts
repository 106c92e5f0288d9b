/**
 * The benchmark's arithmetic and its Markdown report: pure functions, so
 * they are unit-tested without building anything.
 */

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface BenchOptions {
  /** Page counts to build, smallest first. */
  sizes: number[];
  /** Cold and warm builds per size and system; the report shows the medians. */
  runs: number;
  /** Runs per size for sizes above 1,000 pages, which take minutes each. */
  runsForLargeSizes: number;
  /** Whether to build Starlight too (the cold-build comparison needs it). */
  starlight: boolean;
  /** Whether to open the built site in Chromium and Lighthouse. */
  browser: boolean;
  lighthouse: boolean;
  /** Whether to time a click to the next page, with and without the speculation rules (real content). */
  navigation: boolean;
  /** Only that: no builds of synthetic pages, no Lighthouse. */
  navigationOnly: boolean;
  /** Leave the temporary folder for a look at what was built. */
  keep: boolean;
}

const DEFAULT_SIZES = [10, 100, 1000];

const OPTIONS_HELP =
  '--sizes 10,100,1000, --with-5000, --runs N, --no-starlight, --no-browser, --no-lighthouse, --no-navigation, --navigation-only or --keep';

/**
 * Reads `--sizes 10,100`, `--with-5000`, `--runs 3`, `--no-starlight`,
 * `--no-lighthouse`, `--no-browser` and `--keep`. Unknown flags are refused,
 * so a typo cannot quietly run the wrong benchmark.
 */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [...DEFAULT_SIZES],
    runs: 3,
    runsForLargeSizes: 1,
    starlight: true,
    browser: true,
    lighthouse: true,
    navigation: true,
    navigationOnly: false,
    keep: false,
  };
  let runsGiven = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => {
      const given = inline ?? args[++index];
      if (given === undefined) throw new Error(`${flag} needs a value, for example ${flag}=3`);
      return given;
    };
    if (flag === '--sizes')
      options.sizes = value()
        .split(',')
        .map((size) => wholeNumber(size, flag));
    else if (flag === '--with-5000') options.sizes.push(5000);
    else if (flag === '--runs') {
      options.runs = wholeNumber(value(), flag);
      runsGiven = true;
    } else if (flag === '--no-starlight') options.starlight = false;
    else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--no-browser') options.browser = false;
    else if (flag === '--no-navigation') options.navigation = false;
    else if (flag === '--navigation-only') options.navigationOnly = true;
    else if (flag === '--keep') options.keep = true;
    else throw new Error(`Unknown option ${arg}. Use ${OPTIONS_HELP}.`);
  }
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  if (runsGiven) options.runsForLargeSizes = options.runs;
  return options;
}

function wholeNumber(text: string, flag: string): number {
  const number = Number(text.trim());
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${flag} takes whole numbers of 1 or more, not "${text}"`);
  return number;
}

/** The three systems built side by side, in the order each run builds them. */
export const SYSTEMS = ['site', 'bare', 'starlight'] as const;
export type SystemId = (typeof SYSTEMS)[number];
export const SYSTEM_NAMES: Record<SystemId, string> = {
  site: 'this site',
  bare: 'bare Astro + Pagefind',
  starlight: 'Starlight',
};

/** One timed build. */
export interface BuildSample {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

/** What one system's builds of one size measured. */
export interface SystemResult {
  /** Median wall time of the builds that started without a cache folder. */
  coldMs: number;
  /** Median wall time of the builds that found the cache folder of the build before. */
  warmMs: number;
  /** CPU time (user + system, all processes) of the same builds, medians. */
  coldCpuMs: number;
  warmCpuMs: number;
  /** The highest peak resident memory over all its builds, cold and warm. */
  peakRssBytes: number;
  distBytes: number;
  distFiles: number;
  /** Pages in the Pagefind index it wrote. */
  indexedPages: number | undefined;
}

/** Medians of the cold and of the warm builds, and the highest peak memory of them all. */
export function summariseBuilds(
  cold: readonly BuildSample[],
  warm: readonly BuildSample[],
): Pick<SystemResult, 'coldMs' | 'warmMs' | 'coldCpuMs' | 'warmCpuMs' | 'peakRssBytes'> {
  return {
    coldMs: median(cold.map((build) => build.wallMs)),
    warmMs: median(warm.map((build) => build.wallMs)),
    coldCpuMs: median(cold.map((build) => build.cpuMs)),
    warmCpuMs: median(warm.map((build) => build.cpuMs)),
    peakRssBytes: Math.max(...cold.map((build) => build.peakRssBytes), ...warm.map((build) => build.peakRssBytes)),
  };
}

/** What one size measured: the three systems' builds, and the site's own output. */
export interface SizeResult {
  pages: number;
  runs: number;
  site: SystemResult;
  bare: SystemResult;
  /** Left out with --no-starlight. */
  starlight: SystemResult | undefined;
  /** Time the site's Pagefind integration reports for indexing. */
  searchIndexMs: number | undefined;
  htmlGzipMedianBytes: number;
  htmlGzipWorstBytes: number;
  cssGzipBytes: number;
  firstQuery: { requests: number; gzipBytes: number } | undefined;
}

/** The site against the other two: below 1 the site is faster or smaller. */
export interface Ratios {
  coldVsStarlight: number | undefined;
  warmVsBare: number;
  peakVsBare: number;
  warmCpuVsBare: number;
  coldCpuVsStarlight: number | undefined;
  coldVsBare: number;
  warmVsStarlight: number | undefined;
}

export function ratios(result: SizeResult): Ratios {
  const { site, bare, starlight } = result;
  return {
    coldVsStarlight: starlight && site.coldMs / starlight.coldMs,
    warmVsBare: site.warmMs / bare.warmMs,
    peakVsBare: site.peakRssBytes / bare.peakRssBytes,
    warmCpuVsBare: site.warmCpuMs / bare.warmCpuMs,
    coldCpuVsStarlight: starlight && site.coldCpuMs / starlight.coldCpuMs,
    coldVsBare: site.coldMs / bare.coldMs,
    warmVsStarlight: starlight && site.warmMs / starlight.warmMs,
  };
}

export interface Target {
  pages: number;
  ratio: keyof Ratios;
  /** The ratio passes when it is at most this. */
  limit: number;
  description: string;
}

/** Issue #14's targets. */
export const TARGETS: readonly Target[] = [
  { pages: 1000, ratio: 'coldVsStarlight', limit: 0.75, description: 'site cold build ≤ 0.75× Starlight cold' },
  { pages: 1000, ratio: 'warmVsBare', limit: 1.3, description: 'site warm build ≤ 1.3× bare Astro + Pagefind warm' },
  { pages: 1000, ratio: 'peakVsBare', limit: 1.3, description: 'site peak memory ≤ 1.3× bare Astro + Pagefind peak' },
  { pages: 100, ratio: 'warmVsBare', limit: 1.2, description: 'site warm build ≤ 1.2× bare Astro + Pagefind warm' },
];

export interface TargetCheck {
  target: Target;
  measured: number | undefined;
  verdict: 'pass' | 'FAIL' | 'not measured';
}

/** The precision targets are shown and judged at. */
const TARGET_DECIMALS = 3;

/** Each target against the run's results; a size or system the run left out is "not measured". */
export function checkTargets(results: readonly SizeResult[], targets: readonly Target[] = TARGETS): TargetCheck[] {
  return targets.map((target) => {
    const result = results.find((size) => size.pages === target.pages);
    const measured = result && ratios(result)[target.ratio];
    if (measured === undefined || Number.isNaN(measured))
      return { target, measured: undefined, verdict: 'not measured' };
    // Judged as the table shows it, so a ratio printed as 1.200× never fails a 1.2× target.
    const shown = Number(measured.toFixed(TARGET_DECIMALS));
    return { target, measured, verdict: shown <= target.limit ? 'pass' : 'FAIL' };
  });
}

const perPage = (totalMs: number, pages: number) => totalMs / pages;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times = (ratio: number | undefined, digits = 2) =>
  ratio === undefined || Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(digits)}×`;

/** A row per size and system: wall time cold and warm, CPU time, peak memory, what it wrote. */
export function formatBuildTable(results: readonly SizeResult[]): string {
  const header = [
    'pages',
    'system',
    'runs',
    'cold build',
    'warm build',
    'warm ms/page',
    'cold CPU',
    'warm CPU',
    'peak RSS',
    'dist/',
    'pages in search index',
  ];
  const rows = results.flatMap((result) =>
    SYSTEMS.flatMap((id) => {
      const system = result[id];
      if (!system) return [];
      return [
        [
          result.pages.toLocaleString('en'),
          SYSTEM_NAMES[id],
          String(result.runs),
          seconds(system.coldMs),
          seconds(system.warmMs),
          perPage(system.warmMs, result.pages).toFixed(1),
          seconds(system.coldCpuMs),
          seconds(system.warmCpuMs),
          mb(system.peakRssBytes),
          `${mb(system.distBytes)}, ${system.distFiles.toLocaleString('en')} files`,
          system.indexedPages === undefined ? 'none' : system.indexedPages.toLocaleString('en'),
        ],
      ];
    }),
  );
  return markdownTable(header, rows);
}

/** A row per size: the site's time and memory as multiples of the other two systems'. */
export function formatRatioTable(results: readonly SizeResult[]): string {
  const header = [
    'pages',
    'cold ÷ Starlight cold',
    'warm ÷ bare + Pagefind warm',
    'peak RSS ÷ bare + Pagefind',
    'warm CPU ÷ bare + Pagefind',
    'cold CPU ÷ Starlight',
    'cold ÷ bare + Pagefind cold',
    'warm ÷ Starlight warm',
  ];
  const rows = results.map((result) => {
    const ratio = ratios(result);
    return [
      result.pages.toLocaleString('en'),
      times(ratio.coldVsStarlight),
      times(ratio.warmVsBare),
      times(ratio.peakVsBare),
      times(ratio.warmCpuVsBare),
      times(ratio.coldCpuVsStarlight),
      times(ratio.coldVsBare),
      times(ratio.warmVsStarlight),
    ];
  });
  return markdownTable(header, rows);
}

/** A line per target: the measured ratio (at the precision it is judged at), the limit, pass or fail. */
export function formatTargetTable(results: readonly SizeResult[]): string {
  return markdownTable(
    ['target (issue #14)', 'pages', 'measured', 'limit', 'result'],
    checkTargets(results).map(({ target, measured, verdict }) => [
      target.description,
      target.pages.toLocaleString('en'),
      times(measured, TARGET_DECIMALS),
      `${target.limit}×`,
      verdict,
    ]),
  );
}

/** A row per size: what the site's build gives a visitor. */
export function formatSiteTable(results: readonly SizeResult[]): string {
  const header = ['pages', 'search index', 'HTML gzip median / worst', 'CSS gzip', 'first query'];
  const rows = results.map((result) => [
    result.pages.toLocaleString('en'),
    result.searchIndexMs === undefined ? 'n/a' : seconds(result.searchIndexMs),
    `${kb(result.htmlGzipMedianBytes)} / ${kb(result.htmlGzipWorstBytes)}`,
    kb(result.cssGzipBytes),
    result.firstQuery ? `${result.firstQuery.requests} requests, ${kb(result.firstQuery.gzipBytes)}` : 'n/a',
  ]);
  return markdownTable(header, rows);
}

/** The whole size report: builds, ratios, targets, the site's output. */
export function formatSizeReport(results: readonly SizeResult[]): string {
  return [
    'Builds (wall and CPU time: medians; peak RSS: the highest of all builds):',
    '',
    formatBuildTable(results),
    '',
    'The site against the others (below 1× it is faster or smaller):',
    '',
    formatRatioTable(results),
    '',
    'Targets:',
    '',
    formatTargetTable(results),
    '',
    "The site's output:",
    '',
    formatSiteTable(results),
  ].join('\n');
}

export interface LighthouseResult {
  page: string;
  /** Category id (performance, accessibility, best-practices, seo) to a score from 0 to 100. */
  scores: Record<string, number | null>;
  /** Audits that cost points, e.g. "is-crawlable (0): Page is blocked from indexing". */
  shortfalls: string[];
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export function formatLighthouseTable(results: readonly LighthouseResult[]): string {
  return markdownTable(
    ['page', ...LIGHTHOUSE_CATEGORIES],
    results.map((result) => [
      result.page,
      ...LIGHTHOUSE_CATEGORIES.map((category) => String(result.scores[category] ?? 'n/a')),
    ]),
  );
}

/** A Markdown table whose cells are escaped for pipes, so any text is safe in it. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One click to the next page (scripts/bench/navigationTiming.ts). */
export interface NavigationSample {
  rules: boolean;
  clickToPaintMs: number;
  deliveryType: string;
}

/**
 * The click-to-paint times with and without the speculation rules: median,
 * fastest and slowest, and how many navigations used the prefetched page.
 */
export function formatNavigationTable(samples: readonly NavigationSample[]): string {
  const row = (rules: boolean) => {
    const runs = samples.filter((sample) => sample.rules === rules);
    const times = runs.map((sample) => sample.clickToPaintMs);
    const prefetched = runs.filter((sample) => sample.deliveryType === 'navigational-prefetch').length;
    return [
      rules ? 'with speculation rules' : 'without',
      String(runs.length),
      times.length > 0 ? `${Math.round(median(times))} ms` : 'n/a',
      times.length > 0 ? `${Math.min(...times)} to ${Math.max(...times)} ms` : 'n/a',
      `${prefetched} of ${runs.length}`,
    ];
  };
  return markdownTable(
    ['next page', 'runs', 'click to first paint (median)', 'range', 'served from the prefetch'],
    [row(true), row(false)],
  );
}
