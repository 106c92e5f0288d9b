/**
 * How long a visitor waits for results after the last key they press, in
 * the search dialog of a content page: `node scripts/searchLatency.ts`.
 * Builds the site from 1,000 synthetic benefit pages (the benchmark's, see
 * scripts/bench/syntheticBenefits.ts) in a temporary folder, then types
 * queries in Chromium and times, inside the page, from the last keydown to
 * the moment the results and the status line for that query are in the page.
 * Also measures this site's own dist/ when it has been built. The time
 * includes the pause the interface waits for typing to stop (120 ms), since
 * a visitor waits for it too. Figures go to docs/performance.md by hand.
 *
 * Options: --pages N (default 1000), --rounds N (default 3), --dist DIR to
 * measure a site already built instead of building one, --keep.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runAstro } from '../tests/support/astroCli.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';
import { median } from './bench/benchReport.ts';
import { syntheticBenefits, writeSyntheticContent } from './bench/syntheticBenefits.ts';

/** A word on some pages, words on many, a phrase, a misspelling, and a query nothing answers. */
const QUERIES = ['mentor', 'library work', 'meet my state senator', 'mentr', 'scholarship'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const pages = Number(option('pages') ?? 1000);
const rounds = Number(option('rounds') ?? 3);

interface Timing {
  query: string;
  /** The first query of the visit: the index and excerpts it needs are downloaded first. */
  firstMs: number;
  /** The same query typed again later, everything it needs already downloaded: the median of the rounds. */
  laterMs: number;
  said: string;
}

/** Types `query` into the open dialog and times, in the page, from its last keydown to its results. */
async function timeQuery(page: Page, query: string): Promise<{ ms: number; said: string }> {
  const dialog = page.locator('dialog[data-search-dialog]');
  const field = dialog.getByRole('combobox');
  await field.fill('');
  await dialog
    .locator('[data-slot="summary"]')
    .filter({ hasText: /^Type a word/ })
    .waitFor();
  await page.evaluate((typed) => {
    const root = document.querySelector('dialog[data-search-dialog]');
    const input = root?.querySelector('input');
    const line = root?.querySelector('[data-slot="summary"]');
    const timing = { lastKey: 0, shown: 0, said: '' };
    (window as unknown as { timing: typeof timing }).timing = timing;
    input?.addEventListener('keydown', () => (timing.lastKey = performance.now()));
    if (line) {
      new MutationObserver(() => {
        const text = line.textContent ?? '';
        if (!timing.shown && input?.value === typed && text.includes('“') && !text.startsWith('Type a word')) {
          timing.shown = performance.now();
          timing.said = text;
        }
      }).observe(line, { childList: true, characterData: true, subtree: true });
    }
  }, query);
  await field.pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => (window as unknown as { timing: { shown: number } }).timing.shown > 0, null, {
    timeout: 60_000,
  });
  const { lastKey, shown, said } = await page.evaluate(
    () => (window as unknown as { timing: { lastKey: number; shown: number; said: string } }).timing,
  );
  return { ms: shown - lastKey, said };
}

/**
 * The /search/ page opened from its address on a wide screen, where its
 * filters start open (so it also reads which pages have each filter value):
 * from the start of navigation to the results.
 */
async function searchPageOpened(browser: Browser, siteUrl: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Times it in the page, on the page's own clock, which starts with the navigation.
  await context.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const line = document.querySelector('[data-search-page] [data-slot="summary"]');
      if (line?.textContent?.includes('found for “mentor”')) {
        (window as unknown as { shownAt: number }).shownAt = performance.now();
        watch.disconnect();
      }
    });
    watch.observe(document, { childList: true, characterData: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(new URL('search/?q=mentor', siteUrl).href);
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
  await context.close();
  return ms;
}

async function measure(distDir: string, label: string): Promise<void> {
  const server = await serveDirectory(distDir);
  const browser = await launchChromium();
  try {
    const benefit = (await readdir(join(distDir, 'benefits'))).find((name) => !name.includes('.')) ?? '';
    const timings: Timing[] = [];
    for (const query of QUERIES) {
      // A fresh visit for each query, so its first search pays for its own downloads.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL(`benefits/${benefit}/`, server.url).href);
      await page.keyboard.press('Control+k');
      const first = await timeQuery(page, query);
      const later: number[] = [];
      for (let round = 0; round < rounds; round++) later.push((await timeQuery(page, query)).ms);
      timings.push({ query, firstMs: first.ms, laterMs: median(later), said: first.said });
      await context.close();
    }
    const ms = (value: number) => `${Math.round(value)} ms`;
    console.log(`\n${label}\n`);
    console.log('| query | first search of the visit | typed again (median) | what it said |');
    console.log('| ----- | ------------------------- | -------------------- | ------------ |');
    for (const timing of timings) {
      console.log(`| ${timing.query} | ${ms(timing.firstMs)} | ${ms(timing.laterMs)} | ${timing.said} |`);
    }
    const later = timings.map((timing) => timing.laterMs);
    console.log(`\nTyped again: median ${ms(median(later))}, worst ${ms(Math.max(...later))}.`);
    console.log(
      `The search page opened as /search/?q=mentor, filters open: results ${ms(await searchPageOpened(browser, server.url))} after the page started loading.`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const given = option('dist');
if (given) {
  await measure(resolve(given), `Site in ${given}`);
} else {
  const workDir = await mkdtemp(join(tmpdir(), 'search-latency-'));
  try {
    const contentDir = join(workDir, 'content');
    const distDir = join(workDir, 'dist');
    await writeSyntheticContent(contentDir, syntheticBenefits(pages), resolve('.'));
    console.log(`Building the site from ${pages} synthetic benefit pages…`);
    const { code, output } = await runAstro(['build', '--force', '--outDir', distDir], { CONTENT_DIR: contentDir });
    if (code !== 0) throw new Error(`The build failed:\n${output}`);
    await measure(distDir, `${pages} synthetic benefit pages`);
  } finally {
    if (!args.includes('--keep')) await rm(workDir, { recursive: true, force: true });
    else console.log(`Kept ${workDir}`);
  }
  if (existsSync(resolve('dist', 'pagefind'))) await measure(resolve('dist'), 'This site (dist/)');
}
