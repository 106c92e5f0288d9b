import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium } from '../support/browser.ts';

/*
 * axe-core over every page in the sitemap and the 404 and search pages at
 * phone width in the light theme, and over one page of each template, the
 * tools in use and the search dialog with results in both themes at phone
 * and desktop widths; plus reflow at 320 px and at 200% text size, measured,
 * on every page.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const distDir = inject('distDir');
const sitemapPaths = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1] ?? '/').pathname,
);
const allPaths = [...sitemapPaths, '/404.html', '/search/?q=mentor'];

const site = builtSiteInChromium(distDir);

/**
 * The template a page is drawn with, from its address: pages of one template
 * differ only in their words, which the first width and theme check on every page.
 */
function templateOf(path: string): string {
  if (path === '/' || path === '/404.html' || path.startsWith('/search/')) return path;
  if (['/benefits/', '/value/', '/make-the-case/'].includes(path)) return path;
  if (path.startsWith('/benefits/')) return 'benefit';
  if (path.startsWith('/for/')) return 'role';
  return 'general';
}
/** One page of each template, for the widths and themes after the first. */
const onePerTemplate = allPaths.filter(
  (path, index) => allPaths.findIndex((other) => templateOf(other) === templateOf(path)) === index,
);

const VIEWPORTS = [
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;

async function violations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as a <script>, which the site's security policy rightly blocks.
  await page.evaluate(axeSource);
  const results = await page.evaluate<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}

async function open(path: string, viewport: (typeof VIEWPORTS)[number], theme: (typeof THEMES)[number]) {
  const context = await site.browser().newContext({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(new URL(path.slice(1), site.server().url).href);
  return page;
}

/** How far the page scrolls sideways: more than 0 fails reflow (WCAG 1.4.10) at 320 px. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Every page in the light theme at phone width; one page of each template in the other three. */
const COMBINATIONS = VIEWPORTS.flatMap((viewport) =>
  THEMES.map((theme) => ({
    viewport,
    theme,
    paths: viewport === VIEWPORTS[0] && theme === 'light' ? allPaths : onePerTemplate,
  })),
);

describe.each(COMBINATIONS)('axe at $viewport.name width', ({ viewport, theme, paths }) => {
  // Every page is opened at 320 px in the light theme once: it is checked for reflow there too.
  const reflow = paths === allPaths;
  describe(`${theme} theme`, () => {
    test.each(paths)(
      reflow ? '%s has no violations, and does not scroll sideways (WCAG 1.4.10)' : '%s has no violations',
      async (path) => {
        const page = await open(path, viewport, theme);
        if (path.startsWith('/search/')) {
          await page.locator('[data-search-page] [role=option]').first().waitFor();
        }
        expect(await violations(page), `${path}, ${theme}, ${viewport.width}px`).toEqual([]);
        if (reflow) expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
        await page.context().close();
      },
    );

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
      expect(await violations(page), `value calculator, ${theme}, ${viewport.width}px`).toEqual([]);
      await page.context().close();
    });

    test('the letter form, filled in and edited by hand, has no violations', async () => {
      const page = await open('/make-the-case/', viewport, theme);
      await page.getByLabel('Your name').fill('Sam Reader');
      await page.getByLabel('A course or workshop').check();
      await page.getByLabel('Get training').check();
      await page.locator('[data-letter-output]').fill('My own words.');
      await page.getByText('You changed the letter by hand').waitFor();
      expect(await violations(page), `letter, ${theme}, ${viewport.width}px`).toEqual([]);
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
        expect(await violations(page), `${address}, ${theme}, ${viewport.width}px`).toEqual([]);
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
      expect(await violations(page), `search dialog, ${theme}, ${viewport.width}px`).toEqual([]);
      await page.context().close();
    });
  });
});

describe('reflow', () => {
  test.each(allPaths)('%s keeps all text visible and apart at double text size (WCAG 1.4.4)', async (path) => {
    const page = await open(path, VIEWPORTS[1], 'light');
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      // Text cut off: a box that hides its overflow while its content is larger.
      for (const element of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
        const style = getComputedStyle(element);
        // Visually hidden on purpose (sr-only, at any breakpoint): a 1 px box clipped to nothing.
        const visuallyHidden = style.clipPath === 'inset(50%)' && element.clientWidth <= 1;
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          visuallyHidden ||
          element.closest('.sr-only, [hidden]')
        )
          continue;
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        if (
          clips &&
          (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        ) {
          found.push(`${describe(element)} cuts off its text`);
        }
      }
      // Overlap: boxes of text-bearing elements that are not nested must not intersect.
      const blocks = [
        ...document.querySelectorAll<HTMLElement>(
          'header a, header button, main h1, main h2, main h3, main p, main li, main a, footer a, footer p',
        ),
      ].filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 1 && rect.height > 1 && !element.closest('.sr-only, [hidden], [aria-hidden=true]');
      });
      const rects = blocks.map((element) => element.getBoundingClientRect());
      for (let a = 0; a < blocks.length; a++) {
        for (let b = a + 1; b < blocks.length; b++) {
          const [first, second] = [blocks[a], blocks[b]] as [HTMLElement, HTMLElement];
          if (first.contains(second) || second.contains(first)) continue;
          const [r1, r2] = [rects[a], rects[b]] as [DOMRect, DOMRect];
          const overlapX = Math.min(r1.right, r2.right) - Math.max(r1.left, r2.left);
          const overlapY = Math.min(r1.bottom, r2.bottom) - Math.max(r1.top, r2.top);
          if (overlapX > 2 && overlapY > 2) found.push(`${describe(first)} overlaps ${describe(second)}`);
        }
      }
      return found;
    });
    expect(problems, path).toEqual([]);
    await page.context().close();
  });
});
