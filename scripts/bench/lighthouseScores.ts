/**
 * Lighthouse (mobile preset) on three pages of a built site served on loopback, in the tests' Chromium. It is no
 * dependency (84 packages, 150 MB, for this alone): `npm exec` fetches it into npm's cache the first time.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/staticServer.ts';
import { markdownTable } from './benchReport.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_FLAGS = [
  '--output=json',
  '--output-path=stdout',
  '--quiet',
  `--only-categories=${CATEGORIES.join(',')}`,
];

interface Report {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; displayValue?: string; title: string }>;
}

/** A row of scores per page, then each audit that cost points, so the table says why. */
export async function lighthouseScores(distDir: string): Promise<string> {
  const benefit = readdirSync(join(distDir, 'benefits'), { withFileTypes: true }).find((entry) => entry.isDirectory());
  const server = await serveDirectory(distDir);
  const [rows, shortfalls]: [string[][], string[]] = [[], []];
  try {
    for (const path of ['/', `/benefits/${benefit?.name}/`, '/search/']) {
      const url = new URL(path, server.url).href;
      const chromeFlags = `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`;
      // Not execFileSync: the server in this process must answer Chromium meanwhile.
      const { stdout } = await promisify(execFile)(
        'npm',
        ['exec', '--yes', '--package=lighthouse@13.5.0', '--', 'lighthouse', url, chromeFlags, ...LIGHTHOUSE_FLAGS],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 ** 2 },
      );
      const { categories, audits } = JSON.parse(stdout) as Report;
      rows.push([path, ...CATEGORIES.map((id) => String(Math.round((categories[id]?.score ?? 0) * 100)))]);
      for (const { id, weight } of CATEGORIES.flatMap((category) => categories[category]?.auditRefs ?? [])) {
        const score = audits[id]?.score;
        if (weight > 0 && typeof score === 'number' && score < 1)
          shortfalls.push(
            `${path} ${id} (${Math.round(score * 100)}): ${audits[id]?.displayValue ?? audits[id]?.title}`,
          );
      }
    }
  } finally {
    await server.close();
  }
  return [markdownTable(['page', ...CATEGORIES], rows), '', ...shortfalls].join('\n');
}
