import { describe, expect, inject, test } from 'vitest';
import { axeViolations, builtSiteInChromium, sitemapPaths } from '../support/browser.ts';

/*
 * axe-core over one page of each template in both themes at phone and
 * desktop widths, and over the tools in use and the search dialog with
 * results in each. Every page is checked at phone width in the light theme
 * in everyPage.test.ts.
 */

const distDir = inject('distDir');
const allPaths = [...sitemapPaths(distDir), '/404.html', '/search/?q=mentor'];
const site = builtSiteInChromium(distDir);

/**
 * The template a page is drawn with, from its address: pages of one template
 * differ only in their words, which everyPage.test.ts checks on every page.
 */
function templateOf(path: string): string {
  if (path === '/' || path === '/404.html' || path.startsWith('/search/')) return path;
  if (['/benefits/', '/value/', '/make-the-case/'].includes(path)) return path;
  if (path.startsWith('/benefits/')) return 'benefit';
  if (path.startsWith('/for/')) return 'role';
  return 'general';
}
/** One page of each template. */
const onePerTemplate = allPaths.filter(
  (path, index) => allPaths.findIndex((other) => templateOf(other) === templateOf(path)) === index,
);

const VIEWPORTS = [
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;

const open = (path: string, viewport: (typeof VIEWPORTS)[number], theme: (typeof THEMES)[number]) =>
  site.open(path, { viewport, colorScheme: theme, reducedMotion: 'reduce' });

/** The tools' states in every width and theme; one page per template in all but the first, which everyPage checks. */
const COMBINATIONS = VIEWPORTS.flatMap((viewport) =>
  THEMES.map((theme) => ({
    viewport,
    theme,
    paths: viewport === VIEWPORTS[0] && theme === 'light' ? [] : onePerTemplate,
  })),
);

describe.each(COMBINATIONS)('axe at $viewport.name width', ({ viewport, theme, paths }) => {
  describe(`${theme} theme`, () => {
    if (paths.length > 0) {
      test.each(paths)('%s has no violations', async (path) => {
        const page = await open(path, viewport, theme);
        if (path.startsWith('/search/')) await page.locator('[data-search-page] [role=option]').first().waitFor();
        expect(await axeViolations(page), `${path}, ${theme}, ${viewport.width}px`).toEqual([]);
        await page.context().close();
      });
    }

    test('the value calculator with a result, a breakdown and an inline error has no violations', async () => {
      const page = await open(
        '/value/?dues=100&employer=abc&i1-name=Spring%20meeting&i1-member=60&i1-other=110',
        viewport,
        theme,
      );
      await page.locator('#value-employer-error').waitFor();
      await page.getByLabel('Part your employer pays', { exact: true }).fill('25');
      await page.locator('[data-value-breakdown]').waitFor();
      await page.getByLabel('Part your employer pays', { exact: true }).fill('-1');
      await page.locator('#value-employer-error').waitFor();
      expect(await axeViolations(page), `value calculator, ${theme}, ${viewport.width}px`).toEqual([]);
      await page.context().close();
    });

    test('the letter form, filled in and edited by hand, has no violations', async () => {
      const page = await open('/make-the-case/', viewport, theme);
      await page.getByLabel('Your name').fill('Sam Reader');
      await page.getByLabel('A course or workshop').check();
      await page.getByLabel('Get training').check();
      await page.locator('[data-letter-output]').fill('My own words.');
      await page.getByText('You changed the letter by hand').waitFor();
      expect(await axeViolations(page), `letter, ${theme}, ${viewport.width}px`).toEqual([]);
      await page.context().close();
    });

    test('the search page with nothing found, with filters on, and with some of the words found has no violations', async () => {
      for (const address of [
        '/search/?q=xylophone',
        '/search/?q=senator&audience=Students&benefit=Attend+conferences',
        '/search/?q=meet+my+state+senator',
      ]) {
        const page = await open(address, viewport, theme);
        await page.locator('[data-search-page] [data-slot="summary"]').filter({ hasText: '“' }).waitFor();
        expect(await axeViolations(page), `${address}, ${theme}, ${viewport.width}px`).toEqual([]);
        await page.context().close();
      }
    });

    test('the search dialog with results and filters open has no violations', async () => {
      const page = await open('/benefits/training/', viewport, theme);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('courses');
      await page.locator('dialog [role=option]').first().waitFor();
      await page.getByText('Filter by benefit or audience').click();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), `search dialog, ${theme}, ${viewport.width}px`).toEqual([]);
      await page.context().close();
    });
  });
});
