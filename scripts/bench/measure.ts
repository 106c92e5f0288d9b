/**
 * The benchmark's measurements that touch the machine: timed builds with
 * their peak memory, the size of what they wrote, and what a visitor's
 * browser downloads for a first search.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/staticServer.ts';
import { median } from './benchReport.ts';

export interface MeasuredRun {
  code: number | null;
  output: string;
  wallMs: number;
  /**
   * Peak resident memory of the build's largest single process, usually the
   * Node process that runs Astro. Processes that run beside it (Pagefind's,
   * in the site's and Starlight's builds) are not added to it.
   */
  peakRssBytes: number;
  /**
   * User plus system CPU time of the build and its children. On a shared
   * machine it moves far less than wall time when others' work competes.
   */
  cpuMs: number;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command to the end, timing it. Memory comes from GNU time's
 * "Maximum resident set size", which the kernel keeps exactly and for free;
 * polling /proc from here cost enough CPU on a 2-core machine to slow the
 * build it measured.
 */
function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const timed = existsSync(TIME);
  return new Promise<MeasuredRun>((resolvePromise, reject) => {
    const started = performance.now();
    const child = timed
      ? spawn(TIME, ['-v', command, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const cpuSeconds = ['User', 'System'].map((kind) =>
        Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? Number.NaN),
      );
      resolvePromise({
        code,
        output,
        wallMs: performance.now() - started,
        peakRssBytes: kilobytes === undefined ? Number.NaN : Number(kilobytes) * 1024,
        cpuMs: ((cpuSeconds[0] ?? Number.NaN) + (cpuSeconds[1] ?? Number.NaN)) * 1000,
      });
    });
  });
}

/** The quiet, editor-like environment the tests build in. */
function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // npm sets npm_* when it runs the script; they are not part of an editor's build.
  const editorEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  return { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** An `astro build --force` of the project in `cwd`, as the site's `npm run build` runs it. */
export function astroBuild(cwd: string, outDir: string, env: Record<string, string>, astroBin: string) {
  return runMeasured(process.execPath, [astroBin, 'build', '--force', '--outDir', outDir], {
    cwd,
    env: buildEnv(env),
  });
}

/**
 * The same build, then the Pagefind CLI on what it wrote, as one measured
 * command: wall and CPU time are those of both steps, and the peak memory is
 * the larger of the two, since one ends before the other starts.
 */
export function astroBuildThenPagefind(cwd: string, outDir: string, astroBin: string, pagefindBin: string) {
  const script = '"$0" "$1" build --force --outDir "$2" && "$0" "$3" --site "$2"';
  return runMeasured('/bin/sh', ['-c', script, process.execPath, astroBin, outDir, pagefindBin], {
    cwd,
    env: buildEnv({}),
  });
}

/** The seconds the Pagefind CLI reports for its whole run, from its last line. */
export function pagefindCliMsFromLog(output: string): number | undefined {
  const match = /Finished in ([\d.]+) seconds/.exec(output);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** Pages in the Pagefind index a build wrote into `distDir` (all languages), or undefined if it wrote none. */
export function pagefindIndexedPages(distDir: string): number | undefined {
  const entry = join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return undefined;
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(languages).reduce((total, language) => total + language.page_count, 0);
}

/**
 * The share of all cores busy over the next `sampleMs` (0 to 1), from the
 * kernel's counters (Linux); undefined elsewhere. Unlike the load average it
 * does not remember the build that has just ended.
 */
export async function cpuBusyShare(sampleMs = 1000): Promise<number | undefined> {
  const read = () => {
    try {
      const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
      const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
      return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
    } catch {
      return undefined;
    }
  };
  const before = read();
  await new Promise((done) => setTimeout(done, sampleMs));
  const after = read();
  if (!before || !after || after.total === before.total) return undefined;
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

/** The seconds the Pagefind integration reports for indexing, from its log line. */
export function searchIndexMsFromLog(output: string): number | undefined {
  const match = /Indexed \d+ page\(s\).* in ([\d.]+) s/.exec(output);
  return match ? Number(match[1]) * 1000 : undefined;
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlGzipMedianBytes: number;
  htmlGzipWorstBytes: number;
  worstHtmlPath: string;
  cssGzipBytes: number;
}

/** Size of everything written, and each page and stylesheet as a host would send it (gzip, default level). */
export async function distStats(distDir: string): Promise<DistStats> {
  const files = (await readdir(distDir, { recursive: true })).map((file) => file.split(sep).join('/'));
  let bytes = 0;
  let fileCount = 0;
  const htmlGzip: { path: string; bytes: number }[] = [];
  let cssGzipBytes = 0;
  for (const file of files) {
    const path = join(distDir, file);
    const info = await stat(path);
    if (!info.isFile()) continue;
    bytes += info.size;
    fileCount += 1;
    if (file.endsWith('.html')) htmlGzip.push({ path: file, bytes: gzipSync(await readFile(path)).length });
    if (file.endsWith('.css')) cssGzipBytes += gzipSync(await readFile(path)).length;
  }
  const worst = htmlGzip.reduce((largest, page) => (page.bytes > largest.bytes ? page : largest), {
    path: '',
    bytes: 0,
  });
  return {
    bytes,
    files: fileCount,
    htmlGzipMedianBytes: median(htmlGzip.map((page) => page.bytes)),
    htmlGzipWorstBytes: worst.bytes,
    worstHtmlPath: worst.path,
    cssGzipBytes,
  };
}

export interface FirstQueryCost {
  /** Requests the search adds to a normal page visit, and their size. */
  requests: number;
  gzipBytes: number;
  paths: string[];
  /** Everything the search page fetched, its own HTML and styles included. */
  allRequests: number;
  allGzipBytes: number;
  /** What the page said, e.g. "12 pages found for “mentor”." */
  statusText: string;
  /** The search's requests by kind (script, runtime, filter, index, fragment), to show what grows. */
  byKind: Record<string, { requests: number; gzipBytes: number }>;
}

/** Pagefind's files by role: its runtime is fixed, index chunks and fragments grow with the site. */
function kindOf(path: string): string {
  if (path.startsWith('/pagefind/fragment/')) return 'fragment';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/filter/')) return 'filter';
  if (path.startsWith('/pagefind/')) return 'runtime';
  return 'script';
}

/** Every request a page makes, by path, from the moment it is opened. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    // Chromium's own favicon probes ("other") are not requests the site makes.
    if (request.resourceType() !== 'other') requests.push(new URL(request.url()).pathname);
  });
  return requests;
}

/**
 * What a visitor downloads for a first answer. The search page starts
 * Pagefind as soon as it opens, so the cost is counted from opening it:
 * the query is typed letter by letter, and every request up to the result
 * count is sized as a host would send it (gzip at the default level). Files
 * the home page also loads (styles, fonts, the shared script) are reported
 * apart, since a visitor arriving from another page already has them.
 */
export async function firstQueryCost(distDir: string, query: string): Promise<FirstQueryCost> {
  const server = await serveDirectory(distDir);
  const browser = await launchChromium();
  const gzipSize = async (paths: readonly string[]) => {
    let bytes = 0;
    for (const path of paths) bytes += gzipSync(await readFile(join(distDir, decodeURIComponent(path)))).length;
    return bytes;
  };
  try {
    const home = await browser.newPage();
    const homeRequests = recordRequests(home);
    await home.goto(server.url, { waitUntil: 'networkidle' });
    await home.close();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(page);
    await page.goto(new URL('search/', server.url).href);
    await page.locator('[data-search-page] input[type="search"]').click();
    await page.keyboard.type(query, { delay: 80 });
    // The empty field's prompt also quotes an example word, so only a page count will do.
    const status = page
      .locator('[data-search-page] [role=status]')
      .filter({ hasText: new RegExp(`(?:\\d+ pages? found|No pages found) for “${query}”`) });
    await status.waitFor({ timeout: 30_000 });
    const statusText = (await status.textContent()) ?? '';
    if (statusText.startsWith('No pages')) throw new Error(`The first search found nothing: ${statusText}`);
    const seenOnEveryPage = new Set(homeRequests);
    const paths = requests.filter((path) => !seenOnEveryPage.has(path) && path !== '/search/');
    const byKind: FirstQueryCost['byKind'] = {};
    for (const path of paths) {
      const kind = (byKind[kindOf(path)] ??= { requests: 0, gzipBytes: 0 });
      kind.requests += 1;
      kind.gzipBytes += await gzipSize([path]);
    }
    return {
      requests: paths.length,
      gzipBytes: await gzipSize(paths),
      paths,
      allRequests: requests.length,
      allGzipBytes: await gzipSize(requests.map((path) => (path.endsWith('/') ? `${path}index.html` : path))),
      statusText,
      byKind,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
