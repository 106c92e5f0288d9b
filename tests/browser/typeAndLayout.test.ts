import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium } from '../support/browser.ts';
import { siteConfig } from '../../src/site.config.ts';

/*
 * The design's rules, measured on every page: one size per heading level,
 * no layout shift worth the name on a phone, and an "On this page" list that
 * marks the section being read.
 */

const distDir = inject('distDir');
const sitemapPaths = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1] ?? '/').pathname,
);
const allPaths = [...sitemapPaths, '/404.html', '/search/?q=mentor'];

const site = builtSiteInChromium(distDir);

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser().newPage({ viewport: { width, height: 800 } });
  await page.goto(new URL(path.slice(1), site.server().url).href);
  return page;
}

/** The font size of each visible heading, by level. */
const headingSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4')]
      // The home page's hero is the scale's one exception; a dialog's title is not part of the page.
      .filter((heading) => !heading.matches('.text-display, dialog *') && heading.checkVisibility())
      .map((heading) => ({ level: heading.tagName, size: getComputedStyle(heading).fontSize })),
  );

/** Expects one size per heading level across all the headings seen. */
function expectOneSizePerLevel(headings: readonly { level: string; size: string }[]): void {
  const sizes = new Map<string, Set<string>>();
  for (const { level, size } of headings) sizes.set(level, (sizes.get(level) ?? new Set()).add(size));
  expect(sizes.size).toBeGreaterThanOrEqual(3);
  for (const [level, seen] of sizes) expect([...seen], level).toHaveLength(1);
}

describe('type scale and layout shift', () => {
  test('at 375 px no page shifts its layout by 0.1 or more, and each heading level has one size', async () => {
    const shifted: string[] = [];
    const headings: { level: string; size: string }[] = [];
    for (const path of allPaths) {
      const page = await site.browser().newPage({ viewport: { width: 375, height: 812 } });
      await page.addInitScript(() => {
        const seen = window as unknown as { layoutShift: number };
        seen.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) seen.layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(path.slice(1), site.server().url).href);
      // The search page fills in its results after loading: count the shifts that causes too.
      if (path.startsWith('/search/')) await page.waitForLoadState('networkidle');
      // Scroll to the end and back, so shifts further down the page are counted too.
      await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      if (shift >= 0.1) shifted.push(`${path}: ${shift.toFixed(3)}`);
      headings.push(...(await headingSizes(page)));
      await page.close();
    }
    expect(shifted).toEqual([]);
    expectOneSizePerLevel(headings);
  });

  test('each heading level has one size on every page at 1280 px', async () => {
    const headings: { level: string; size: string }[] = [];
    for (const path of allPaths) {
      const page = await open(path, 1280);
      headings.push(...(await headingSizes(page)));
      await page.close();
    }
    expectOneSizePerLevel(headings);
  });
});

describe('on this page', () => {
  test('the list marks the section being read', async () => {
    const page = await open('/benefits/conferences/', 1280);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const last = links.nth(count - 1);
    const target = decodeURIComponent((await last.getAttribute('href')) ?? '').slice(1);
    await page.locator(`[id="${target}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => last.evaluate((link) => getComputedStyle(link).fontWeight)).toBe('600');
    expect(await links.first().evaluate((link) => getComputedStyle(link).fontWeight)).not.toBe('600');
    await page.close();
  });

  test('the list starts level with the page, without a gap above it', async () => {
    const page = await open('/benefits/conferences/', 1280);
    const list = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const article = await page.locator('article').first().boundingBox();
    expect(list && article && Math.abs(list.y - article.y)).toBeLessThanOrEqual(8);
    await page.close();
  });
});

describe('print', () => {
  /** The text of the page as Chromium prints it to PDF, read back with poppler's pdftotext. */
  async function printedText(page: Page): Promise<string> {
    const pdf = await page.pdf({ format: 'A4' });
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
  }

  test.each(['/', '/benefits/training/', '/for/students/', '/join/', '/value/', '/make-the-case/'])(
    'printed, %s names the site, its own address and the day it was printed',
    async (path) => {
      const page = await open(path, 1280);
      const text = await printedText(page);
      expect(text).toContain(siteConfig.title);
      expect(text).toContain(new URL(path.slice(1), siteConfig.url).href);
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-US', { dateStyle: 'long' }));
      expect(text).toContain(`Printed ${today}`);
      await page.close();
    },
  );
});
