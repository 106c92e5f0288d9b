import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
export function builtSiteInChromium(distDir: string): { server: () => RunningServer; browser: () => Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(distDir);
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
  return { server: () => ready(server, 'The site server'), browser: () => ready(browser, 'Chromium') };
}

/**
 * Makes `window.print` in every page of `context` count its calls instead of
 * opening the print dialog, which would block a headless browser.
 */
export async function countPrintCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
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
