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
  /** Builds per size and project; the report shows the median. */
  runs: number;
  /** Builds per size for sizes above 1,000 pages, which take minutes each. */
  runsForLargeSizes: number;
  /** Whether to open the built site in Chromium and Lighthouse. */
  browser: boolean;
  lighthouse: boolean;
}

export const DEFAULT_SIZES = [10, 100, 1000];

/**
 * Reads `--sizes 10,100`, `--with-5000`, `--runs 3`, `--no-lighthouse` and
 * `--no-browser`. Unknown flags are refused, so a typo cannot quietly run
 * the wrong benchmark.
 */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [...DEFAULT_SIZES],
    runs: 3,
    runsForLargeSizes: 1,
    browser: true,
    lighthouse: true,
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
    } else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--no-browser') options.browser = false;
    else
      throw new Error(
        `Unknown option ${arg}. Use --sizes 10,100,1000, --with-5000, --runs N, --no-browser or --no-lighthouse.`,
      );
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

/** What one size measured, medians over its runs. */
export interface SizeResult {
  pages: number;
  runs: number;
  /**
   * The site's build with link previews already kept from an earlier build
   * (median of runs 2 and later), as an editor's rebuild is. With one run,
   * the cold build.
   */
  siteBuildMs: number;
  /** The site's first build in a fresh folder, drawing every link preview. */
  siteColdBuildMs: number;
  /** CPU time (user + system) of the same builds as siteBuildMs and baselineBuildMs, medians. */
  siteCpuMs: number;
  baselineCpuMs: number;
  baselineBuildMs: number;
  /** Peak resident memory of the build's largest process, as GNU time reports it. */
  sitePeakRssBytes: number;
  baselinePeakRssBytes: number;
  /** Time the Pagefind integration reports for indexing. */
  searchIndexMs: number | undefined;
  distBytes: number;
  distFiles: number;
  htmlGzipMedianBytes: number;
  htmlGzipWorstBytes: number;
  cssGzipBytes: number;
  firstQuery: { requests: number; gzipBytes: number } | undefined;
}

export const perPage = (totalMs: number, pages: number) => totalMs / pages;
export const overheadRatio = (result: SizeResult) => result.siteBuildMs / result.baselineBuildMs;
export const coldOverheadRatio = (result: SizeResult) => result.siteColdBuildMs / result.baselineBuildMs;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One Markdown table, a row per size, in the order the sizes were run. */
export function formatSizeTable(results: readonly SizeResult[]): string {
  const header = [
    'pages',
    'runs',
    'build',
    'ms/page',
    'bare Astro',
    'bare ms/page',
    'overhead',
    'cold build (overhead)',
    'CPU overhead',
    'peak RSS (bare)',
    'search index',
    'dist/',
    'HTML gzip median / worst',
    'CSS gzip',
    'first query',
  ];
  const rows = results.map((result) => [
    result.pages.toLocaleString('en'),
    String(result.runs),
    seconds(result.siteBuildMs),
    perPage(result.siteBuildMs, result.pages).toFixed(1),
    seconds(result.baselineBuildMs),
    perPage(result.baselineBuildMs, result.pages).toFixed(1),
    `${overheadRatio(result).toFixed(2)}×`,
    `${seconds(result.siteColdBuildMs)} (${coldOverheadRatio(result).toFixed(2)}×)`,
    `${(result.siteCpuMs / result.baselineCpuMs).toFixed(2)}×`,
    `${mb(result.sitePeakRssBytes)} (${mb(result.baselinePeakRssBytes)})`,
    result.searchIndexMs === undefined ? 'n/a' : seconds(result.searchIndexMs),
    `${mb(result.distBytes)}, ${result.distFiles.toLocaleString('en')} files`,
    `${kb(result.htmlGzipMedianBytes)} / ${kb(result.htmlGzipWorstBytes)}`,
    kb(result.cssGzipBytes),
    result.firstQuery ? `${result.firstQuery.requests} requests, ${kb(result.firstQuery.gzipBytes)}` : 'n/a',
  ]);
  return markdownTable(header, rows);
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
