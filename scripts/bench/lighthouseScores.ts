/**
 * Lighthouse's four category scores for pages of a built site, with its
 * default (mobile) settings and Debian's Chromium, on loopback only.
 *
 * Lighthouse is fetched when the bench first asks for it (`npm exec`, into
 * npm's cache), not installed with the project: it is 84 packages and about
 * 150 MB that nothing else uses.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/staticServer.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseResult } from './benchReport.ts';

/** Chromium with a DevTools port for Lighthouse to drive, and the same no-network flags the tests use. */
async function startChromium(profileDir: string) {
  const child = spawn(
    process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
    ['--headless=new', ...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolvePort, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited before it was ready:\n${log}`)));
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { port, stop };
}

/** The version the bench runs, so its scores compare from one run to the next. */
const LIGHTHOUSE = 'lighthouse@13.5.0';

/** The parts of Lighthouse's report the bench reads. */
interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string } | undefined>;
}

/** Lighthouse's report on one address, run from the command line against the Chromium on `port`. */
async function lighthouse(url: string, port: number): Promise<LighthouseReport> {
  const { stdout } = await promisify(execFile)(
    'npm',
    [
      'exec',
      '--yes',
      `--package=${LIGHTHOUSE}`,
      '--',
      'lighthouse',
      url,
      `--port=${port}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LighthouseReport;
}

/** Scores from 0 to 100 for each page path (e.g. `/search/`) of the site in `distDir`. */
export async function lighthouseScores(distDir: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const server = await serveDirectory(distDir);
  const profileDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  const chromium = await startChromium(profileDir);
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const { categories, audits } = await lighthouse(new URL(path.slice(1), server.url).href, chromium.port);
      // What kept a score below 100, so the report can say why without opening Lighthouse.
      const weighted = LIGHTHOUSE_CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
      );
      const shortfalls = [...new Set(weighted)]
        .map((id) => audits[id])
        .filter((audit) => audit !== undefined && typeof audit.score === 'number' && audit.score < 1)
        .map(
          (audit) => `${audit?.id} (${Math.round((audit?.score ?? 0) * 100)}): ${audit?.displayValue ?? audit?.title}`,
        );
      results.push({
        page: path,
        shortfalls,
        scores: Object.fromEntries(
          LIGHTHOUSE_CATEGORIES.map((id) => {
            const score = categories[id]?.score;
            return [id, typeof score === 'number' ? Math.round(score * 100) : null];
          }),
        ),
      });
    }
    return results;
  } finally {
    await chromium.stop();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
