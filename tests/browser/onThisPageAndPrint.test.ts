import { describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium, printedText } from '../support/browser.ts';
import { siteConfig } from '../../src/site.config.ts';

/*
 * The "On this page" list and printed pages. Heading sizes and layout shift
 * are measured on every page in everyPage.test.ts.
 */

const distDir = inject('distDir');
const site = builtSiteInChromium(distDir);

const open = (path: string) => site.open(path);

describe('on this page', () => {
  test('the list marks the section being read', async () => {
    const page = await open('/benefits/conferences/');
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const last = links.nth(count - 1);
    const target = decodeURIComponent((await last.getAttribute('href')) ?? '').slice(1);
    await page.locator(`[id="${target}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => last.evaluate((link) => getComputedStyle(link).fontWeight)).toBe('600');
    expect(await links.first().evaluate((link) => getComputedStyle(link).fontWeight)).not.toBe('600');
    await page.context().close();
  });

  test('the list starts level with the page, without a gap above it', async () => {
    const page = await open('/benefits/conferences/');
    const list = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const article = await page.locator('article').first().boundingBox();
    expect(list && article && Math.abs(list.y - article.y)).toBeLessThanOrEqual(8);
    await page.context().close();
  });
});

describe('print', () => {
  /*
   * This is the general guide, built without SITE_URL: its address is a placeholder that leads nowhere, so no
   * page prints it. An association's site, with its address set, prints it (association.test.ts).
   */
  test.each(['/', '/benefits/training/', '/for/students/', '/join/', '/value/', '/make-the-case/'])(
    'printed, %s names the site and the day it was printed, and not the placeholder address',
    async (path) => {
      const page = await open(path);
      const text = await printedText(page);
      expect(text).toContain(siteConfig.title);
      expect(text).not.toContain(new URL(siteConfig.url).hostname);
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-US', { dateStyle: 'long' }));
      expect(text).toContain(`Printed ${today}`);
      await page.context().close();
    },
  );
});
