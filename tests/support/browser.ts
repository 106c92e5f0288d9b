import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDirectory, type RunningServer } from './staticServer.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for this machine, shared with the benchmark's Lighthouse runs (scripts/bench/lighthouseScores.ts). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * Debian's Chromium (or CHROMIUM_PATH), started with the flags this machine
 * needs: no sandbox as root, and no background calls to Google's services,
 * which the closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

/**
 * The built site served on loopback and one Chromium for a whole test file:
 * registers its own beforeAll/afterAll, and hands both out through getters
 * once they exist.
 */
export interface SiteInChromium {
  server: () => RunningServer;
  browser: () => Browser;
  /** Opens `path` (from the site's root, inside its base path, with any query; or a whole address) with {@link openPage}. */
  open: (path: string, options?: BrowserContextOptions, prepare?: (page: Page) => unknown) => Promise<Page>;
}

/** `basePath`: the folder the site was built for (BASE_PATH), which it is served from; paths given to `open` are inside it. */
export function builtSiteInChromium(distDir: string, basePath = '/'): SiteInChromium {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(distDir, basePath);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started yet: use it inside a test or hook`);
    return value;
  };
  const site: SiteInChromium = {
    server: () => ready(server, 'The site server'),
    browser: () => ready(browser, 'Chromium'),
    open: (path, options, prepare) =>
      openPage(site.browser(), new URL(path.replace(/^\//, ''), site.server().url).href, options, prepare),
  };
  return site;
}

/**
 * The one way the tests open a page: `address` in a context of its own, so
 * pages never share storage or settings (close it with `page.context().close()`),
 * 1280 × 900 unless `options` says otherwise. `prepare` runs on the new
 * page before it loads: to add an init script, or to listen to its requests,
 * console and errors from the first byte.
 */
export async function openPage(
  browser: Browser,
  address: string,
  options?: BrowserContextOptions,
  prepare?: (page: Page) => unknown,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(address);
  return page;
}

/** The address path of every page in the built site's sitemap, e.g. `/benefits/training/`. */
export function sitemapPaths(distDir: string): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the page as it is now, one line per element: rule, help text, selector. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as a <script>, which the site's security policy rightly blocks.
  await page.evaluate(axeSource);
  // Only violations: axe then skips writing up every passing node, about a third of its time.
  const results = await page.evaluate<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })`,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}

/**
 * Makes `window.print` in the page (or every page of the context) count its calls instead of
 * opening the print dialog, which would block a headless browser.
 */
export async function countPrintCalls(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const counted = window as unknown as { printed?: number };
    window.print = () => {
      counted.printed = (counted.printed ?? 0) + 1;
    };
  });
}

/** How many times the page asked to print (see {@link countPrintCalls}). */
export function printCalls(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { printed?: number }).printed);
}

/** The text of the page as Chromium prints it to PDF, read back with poppler's pdftotext, its spaces run together. */
export async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4' });
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}
