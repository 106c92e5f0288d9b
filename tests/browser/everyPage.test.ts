import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, builtSiteInChromium, sitemapPaths } from '../support/browser.ts';

/*
 * Every page, opened once: at phone width (320 px) in the light theme, its
 * layout shift, heading sizes, axe-core's violations and sideways scrolling
 * (reflow, WCAG 1.4.10); then, in the same window widened to desktop, its
 * heading sizes and its text at double size (WCAG 1.4.4). The other widths and
 * themes are checked per template in accessibility.test.ts.
 */

const distDir = inject('distDir');
const allPaths = [...sitemapPaths(distDir), '/404.html', '/search/?q=mentor'];
const site = builtSiteInChromium(distDir);

interface HeadingSize {
  path: string;
  level: string;
  size: string;
}
/** Heading sizes seen on the pages checked so far, by width: every level must have one size at each. */
const headingsSeen = { phone: [] as HeadingSize[], desktop: [] as HeadingSize[] };

/** The font size of each visible heading, by level. */
const headingSizes = async (page: Page, path: string): Promise<HeadingSize[]> =>
  (
    await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4')]
        // The home page's hero is the scale's one exception; a dialog's title is not part of the page.
        .filter((heading) => !heading.matches('.text-display, dialog *') && heading.checkVisibility())
        .map((heading) => ({ level: heading.tagName, size: getComputedStyle(heading).fontSize })),
    )
  ).map((heading) => ({ ...heading, path }));

/** Counts layout shifts not caused by input, from the first paint on. */
function countLayoutShifts(): void {
  const seen = window as unknown as { layoutShift: number };
  seen.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) seen.layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Text cut off by a box that hides its overflow, and text boxes that overlap, on the page as it is drawn now. */
const hiddenOrOverlappingText = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    for (const element of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
      const style = getComputedStyle(element);
      // Visually hidden on purpose (sr-only, at any breakpoint): a 1 px box clipped to nothing.
      const visuallyHidden = style.clipPath === 'inset(50%)' && element.clientWidth <= 1;
      if (style.display === 'none' || style.visibility === 'hidden' || visuallyHidden) continue;
      if (element.closest('.sr-only, [hidden]')) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        found.push(`${describe(element)} cuts off its text`);
      }
    }
    // Boxes of text-bearing elements that are not nested must not intersect.
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

describe('every page', () => {
  test.each(allPaths)(
    '%s: no layout shift, no axe violations and no sideways scrolling at 320 px; text apart at double size',
    async (path) => {
      const page = await site.open(
        path,
        { viewport: { width: 320, height: 640 }, colorScheme: 'light', reducedMotion: 'reduce' },
        (page) => page.addInitScript(countLayoutShifts),
      );
      // The search page fills in its results after loading: wait for them, and count the shifts they cause.
      if (path.startsWith('/search/')) await page.locator('[data-search-page] [role=option]').first().waitFor();
      // Scroll to the end and back, so shifts further down the page are counted too.
      await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      expect(shift, `${path} shifts its layout`).toBeLessThan(0.1);
      headingsSeen.phone.push(...(await headingSizes(page, path)));
      expect(await axeViolations(page), `${path}, light, 320px`).toEqual([]);
      const sidewaysScroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sidewaysScroll, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);

      await page.setViewportSize({ width: 1280, height: 900 });
      headingsSeen.desktop.push(...(await headingSizes(page, path)));
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await hiddenOrOverlappingText(page), `${path} at double text size`).toEqual([]);
      await page.context().close();
    },
  );

  // Reads what the tests above saw; run alone, it has nothing to compare and says so.
  test.each(['phone', 'desktop'] as const)('at %s width each heading level has one size on every page', (width) => {
    const headings = headingsSeen[width];
    expect(new Set(headings.map((heading) => heading.path)), 'run with the page tests above').toHaveProperty(
      'size',
      allPaths.length,
    );
    const sizes = new Map<string, Set<string>>();
    for (const { level, size } of headings) sizes.set(level, (sizes.get(level) ?? new Set()).add(size));
    expect(sizes.size).toBeGreaterThanOrEqual(3);
    for (const [level, seen] of sizes) {
      const where = headings.filter((heading) => heading.level === level).map((h) => `${h.path} ${h.size}`);
      expect([...seen], `${level}: ${where.join(', ')}`).toHaveLength(1);
    }
  });
});
