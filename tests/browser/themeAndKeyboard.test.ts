import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium } from '../support/browser.ts';

const site = builtSiteInChromium(inject('distDir'));

const open = (path: string, options: BrowserContextOptions = {}) => site.open(path, options);

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

const LIGHT_PAPER = 'rgb(251, 248, 241)';
const DARK_PAPER = 'rgb(18, 26, 24)';

describe('theme', () => {
  test('follows the system theme with no stored choice', async () => {
    const light = await open('/', { colorScheme: 'light' });
    const dark = await open('/', { colorScheme: 'dark' });
    expect(await pageBackground(light)).toBe(LIGHT_PAPER);
    expect(await pageBackground(dark)).toBe(DARK_PAPER);
    await light.context().close();
    await dark.context().close();
  });

  test('the theme menu shows the state in force and switches it, and the choice is kept on the next page', async () => {
    const page = await open('/', { colorScheme: 'light' });
    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await theme.inputValue()).toBe('system');
    await theme.selectOption('dark');
    expect(await pageBackground(page)).toBe(DARK_PAPER);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benefits' }).click();
    await page.waitForURL(/\/benefits\/$/);
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await page.reload();
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('system');
    await page.context().close();
  });

  test('from a dark system theme, choosing light gives light, and "System" goes back to dark', async () => {
    const page = await open('/benefits/', { colorScheme: 'dark' });
    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await theme.inputValue()).toBe('system');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await theme.selectOption('light');
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
    await page.reload();
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await page.context().close();
  });

  test('a stored choice is applied before the page body exists, so the wrong theme never flashes', async () => {
    const page = await site.open('/benefits/', { colorScheme: 'light' }, (page) =>
      page.addInitScript(() => {
        localStorage.setItem('theme', 'dark');
        // Record the theme at the moment <body> is first inserted, before any paint.
        new MutationObserver((_records, observer) => {
          if (!document.body) return;
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
            document.documentElement.dataset['theme'];
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }),
    );
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await page.context().close();
  });

  test('without JavaScript the system theme still applies and no dead toggle is shown', async () => {
    const page = await open('/', { colorScheme: 'dark', javaScriptEnabled: false });
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    expect(await page.getByRole('combobox', { name: 'Theme' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await open('/benefits/conferences/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect((await focused.textContent())?.trim()).toBe('Skip to main content');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.context().close();
  });

  test.each([
    '/',
    '/benefits/',
    '/benefits/advocacy/',
    '/join/',
    '/about/',
    '/search/',
    '/404.html',
    '/for/managers/',
    '/value/',
    '/make-the-case/',
  ])('on %s every Tab stop shows a clear focus ring, in order, with no trap', async (path) => {
    const page = await open(path, { colorScheme: 'dark' });
    const seen: string[] = [];
    for (let stop = 0; stop < 60; stop++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        return {
          label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          colour: style.outlineColor,
        };
      });
      if (!focus) break; // Tabbed past the last element: the page let go of focus, no trap.
      if (seen.includes(focus.label) && seen.indexOf(focus.label) === 0) break; // wrapped around
      seen.push(focus.label);
      expect(focus.outline, focus.label).toBe('solid');
      expect(focus.width, focus.label).toBeGreaterThanOrEqual(2);
      expect(focus.colour, focus.label).toBe('rgb(240, 163, 90)'); // the dark theme's focus colour
    }
    expect(seen[0]).toContain('Skip to main content');
    expect(seen.length).toBeGreaterThan(8);
    expect(seen.length).toBeLessThan(60);
    await page.context().close();
  });

  test('the main navigation works from the keyboard', async () => {
    const page = await open('/');
    const join = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How to join' });
    for (let stop = 0; stop < 15 && !(await join.evaluate((link) => link === document.activeElement)); stop++) {
      await page.keyboard.press('Tab');
    }
    await Promise.all([page.waitForURL(/\/join\/$/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('How to join');
    await page.context().close();
  });

  test('the theme menu works from the keyboard and shows a focus ring', async () => {
    const page = await open('/', { colorScheme: 'light' });
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.focus();
    expect(await theme.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('ArrowDown');
    expect(await theme.inputValue()).toBe('light');
    await page.keyboard.press('ArrowDown');
    expect(await theme.inputValue()).toBe('dark');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await page.context().close();
  });

  test('the skip link, once focused, is a padded button in view', async () => {
    const page = await open('/benefits/');
    await page.keyboard.press('Tab');
    const box = await page.locator(':focus').evaluate((element) => {
      const style = getComputedStyle(element);
      const { top, left, height } = element.getBoundingClientRect();
      return { top, left, height, padding: parseFloat(style.paddingTop), background: style.backgroundColor };
    });
    expect(box.padding).toBeGreaterThanOrEqual(8);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});

describe('phone header', () => {
  const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

  test.each(['/', '/benefits/conferences/', '/search/', '/make-the-case/'])(
    '%s has a one-row header at most 72 px high',
    async (path) => {
      const page = await open(path, phone);
      const header = await page.locator('header').first().boundingBox();
      expect(header?.height).toBeLessThanOrEqual(72);
      await page.context().close();
    },
  );

  test('the menu opens from the keyboard and holds the navigation and the theme', async () => {
    const page = await open('/benefits/', phone);
    const main = page.getByRole('navigation', { name: 'Main' });
    expect(await main.isVisible()).toBe(false);
    await page.locator('summary').filter({ hasText: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    expect(await main.isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Theme' }).isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/\/join\/$/), main.getByRole('link', { name: 'How to join' }).click()]);
    await page.context().close();
  });

  test('without JavaScript the menu still opens', async () => {
    const page = await open('/about/', { ...phone, javaScriptEnabled: false });
    await page.locator('summary').filter({ hasText: 'Menu' }).click();
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benefits' }).isVisible(),
    ).toBe(true);
    await page.context().close();
  });
});

describe('layout', () => {
  test.each(['/', '/benefits/', '/benefits/professional-development/', '/join/'])(
    '%s does not scroll sideways at 320 px',
    async (path) => {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );

  test('print hides the navigation and the calls to action', async () => {
    const page = await open('/benefits/training/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /How to join your local association/ }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await page.context().close();
  });
});
