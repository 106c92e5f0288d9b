import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { TEST_BASE_PATH } from '../support/buildSite.ts';
import { builtSiteInChromium } from '../support/browser.ts';
import { serveDirectory, type RunningServer } from '../support/staticServer.ts';

const site = builtSiteInChromium(inject('distDir'));

interface Visit {
  page: Page;
  /** Site paths requested so far, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close: () => Promise<void>;
}

/** Opens `path` on the tested site, or on `target` (the base-path build). */
async function visit(path: string, width = 1280, target?: RunningServer): Promise<Visit> {
  const context = await site.browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    // Chromium's own favicon probes ("other") are not requests the site makes.
    if (request.resourceType() !== 'other') requests.push(new URL(request.url()).pathname);
  });
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on('console', (message) => {
    // Chromium's own favicon probes are not the site's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.svg')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected browser dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(new URL(path.replace(/^\//, ''), (target ?? site.server()).url).href);
  return { page, requests, errors, close: () => context.close() };
}

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const searchField = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });
const status = (page: Page) => dialog(page).getByRole('status');

async function searchFor(page: Page, query: string): Promise<void> {
  await searchField(page).fill(query);
  await expect
    .poll(() => status(page).textContent(), { timeout: 10_000 })
    .toMatch(new RegExp(`results? for “${escapeRegExp(query)}”`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('opening search', () => {
  test('downloads nothing of search until it is opened, then opens from the button', async () => {
    const { page, requests, errors, close } = await visit('/benefits/training/');
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);
    const button = page.getByRole('button', { name: 'Search' });
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K /');
    await button.click();
    await expect.poll(() => dialog(page).evaluate((node: HTMLDialogElement) => node.open)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test.each(['Control+k', 'Meta+k', '/'])('opens with %s, ready to type at once', async (keys) => {
    const { page, close } = await visit('/');
    await page.keyboard.press(keys);
    // Typed straight away, before the search code has loaded: nothing may be lost, and no "/" typed.
    await page.keyboard.type('mentor');
    await expect.poll(() => dialog(page).evaluate((node: HTMLDialogElement) => node.open)).toBe(true);
    expect(await searchField(page).inputValue()).toBe('mentor');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('12 results for “mentor”.');
    await close();
  });

  test('"/" typed into another field stays in that field', async () => {
    const { page, close } = await visit('/');
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'other-field';
      document.querySelector('main')?.prepend(field);
    });
    await page.locator('#other-field').focus();
    await page.keyboard.press('/');
    expect(await page.locator('#other-field').inputValue()).toBe('/');
    expect(await dialog(page).evaluate((node: HTMLDialogElement) => node.open)).toBe(false);
    await close();
  });

  test('Escape closes the dialog, even with text in the field, and returns focus to the search button', async () => {
    const { page, close } = await visit('/about/');
    await page.getByRole('button', { name: 'Search' }).click();
    await searchField(page).waitFor();
    await page.keyboard.type('mentor');
    await page.keyboard.press('Escape');
    expect(await dialog(page).evaluate((node: HTMLDialogElement) => node.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('search-dialog');
    await close();
  });

  test('without JavaScript the header offers a plain link to the A–Z list instead', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server().url);
    expect(await page.getByRole('button', { name: 'Search' }).count()).toBe(0);
    const link = page.getByRole('link', { name: /Search: browse all benefits from A to Z/ });
    expect(await link.getAttribute('href')).toBe('/benefits/');
    await context.close();
  });
});

describe('results', () => {
  test('typing shows titles and highlighted excerpts, and the live region counts them', async () => {
    const { page, errors, close } = await visit('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, 'mentor');
    expect(await status(page).textContent()).toBe('12 results for “mentor”.');
    const first = dialog(page).getByRole('option').first();
    expect(await first.textContent()).toContain('Grow as a leader and find a mentor');
    expect(await first.locator('mark').first().textContent()).toMatch(/^mentor/i);
    expect(await searchField(page).getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
    await close();
  });

  test('says so when nothing matches', async () => {
    const { page, close } = await visit('/');
    await page.keyboard.press('/');
    await searchFor(page, 'xylophone');
    expect(await status(page).textContent()).toBe('No results for “xylophone”. Try fewer or different words.');
    expect(await dialog(page).getByRole('option').count()).toBe(0);
    await close();
  });

  test('arrow keys move through results and sections, and Enter lands on the section with the words highlighted', async () => {
    const { page, errors, close } = await visit('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, 'mentor');
    const options = dialog(page).getByRole('option');
    const names = await options.allTextContents();
    const target = names.findIndex((name) => name.includes('section: Learn from a mentor'));
    expect(target).toBeGreaterThan(0);
    expect(await searchField(page).getAttribute('aria-activedescendant')).toBeNull(); // nothing chosen yet
    for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown');
    const activeId = await searchField(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`#${activeId}`).textContent()).toContain('Learn from a mentor');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/#learn-from-a-mentor-when-you-are-new$/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/benefits/professional-development/');
    await expect.poll(() => page.locator('[data-pagefind-body] mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('filters narrow the results, show counts, combine with the query and can be cleared', async () => {
    const { page, close } = await visit('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, 'library');
    const unfiltered = await dialog(page).locator('[role=option]:not(.ml-9)').count();
    await dialog(page).getByText('Filter by benefit or audience').click();
    const students = dialog(page).locator('label', { hasText: 'Students' });
    expect(await students.textContent()).toMatch(/Students\s*\(\d+\)/);
    await students.click();
    await expect.poll(() => status(page).textContent()).toMatch(/filtered\.$/);
    const filtered = await dialog(page).locator('[role=option]:not(.ml-9)').count();
    expect(filtered).toBeLessThan(unfiltered);
    expect(filtered).toBeGreaterThan(0);
    expect(await dialog(page).getByRole('option').allTextContents()).not.toContain(
      expect.stringContaining('Grow as a leader'),
    ); // that benefit is not marked for students
    await dialog(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => dialog(page).locator('[role=option]:not(.ml-9)').count()).toBe(unfiltered);
    await close();
  });

  test('Enter opens the result for what is typed now, even if the list is still catching up', async () => {
    const { page, close } = await visit('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, 'mentor');
    await searchField(page).fill('legislators');
    await Promise.all([page.waitForURL(/\/benefits\/advocacy\//), page.keyboard.press('Enter')]);
    await close();
  });

  test('the count is announced once typing pauses, not for every letter', async () => {
    const { page, close } = await visit('/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^Type a word/);
    await status(page).evaluate((region) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      (window as unknown as { announced: string[] }).announced = seen;
    });
    await page.keyboard.type('networking', { delay: 60 });
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/“networking”/);
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced).toEqual(['4 results for “networking”.']);
    await close();
  });

  test('if the index cannot be fetched, search says so, keeps no stale results, and recovers', async () => {
    const { page, close } = await visit('/');
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.keyboard.press('Control+k');
    await searchField(page).fill('legislators');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/Search could not load/);
    expect(await dialog(page).getByRole('option').count()).toBe(0);
    await page.unroute('**/pagefind/**');
    // Typing again (or reopening search) tries again.
    await searchField(page).fill('legislators ');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/“legislators”/);
    await close();
  });

  test('a hostile query is shown as text and runs nothing', async () => {
    const { page, errors, close } = await visit('/');
    await page.keyboard.press('Control+k');
    const hostile = '<img src=x onerror=alert(1)>';
    await searchFor(page, hostile);
    expect(await status(page).textContent()).toContain(hostile);
    expect(await dialog(page).locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the search page', () => {
  test('reads the query and filters from the URL, and keeps the URL up to date', async () => {
    const { page, errors, close } = await visit('/search/?q=journals&audience=Managers');
    const panel = page.locator('[data-search-page]');
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/result/);
    expect(await panel.getByRole('combobox').inputValue()).toBe('journals');
    expect(await panel.locator('input[value="Managers"]').isChecked()).toBe(true);
    expect(await panel.getByRole('option').first().getAttribute('href')).toMatch(
      /^\/benefits\/resources-and-savings\//,
    );
    await panel.getByRole('combobox').fill('mentor');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=mentor&audience=Managers');
    expect(errors).toEqual([]);
    await close();
  });

  test('a hostile address is shown as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const query = new URLSearchParams({ q: hostile, benefit: hostile, highlight: hostile }).toString();
    const { page, errors, close } = await visit(`/search/?${query}`);
    const panel = page.locator('[data-search-page]');
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toContain(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('without JavaScript it says search needs it and links to the A–Z list', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/', site.server().url).href);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('combobox').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'browse all benefits from A to Z' }).first().getAttribute('href')).toBe(
      '/benefits/',
    );
    await context.close();
  });
});

describe('cost of a first search', () => {
  test('the first query downloads at most 150 KB compressed in at most 8 requests, from the network log', async () => {
    const { page, requests, close } = await visit('/benefits/advocacy/');
    const before = requests.length;
    await page.getByRole('button', { name: 'Search' }).click();
    // The query arrives whole, so the count does not depend on how fast a loaded machine types.
    // (A visitor who pauses mid-word also gets results, and the excerpts, for what is typed so far.)
    await searchField(page).fill('mentor');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('12 results for “mentor”.');
    const searchRequests = requests.slice(before);
    let compressed = 0;
    for (const path of searchRequests) {
      // Every file is sized as a host would send it: gzip at the default level.
      compressed += gzipSync(await readFile(join(inject('distDir'), decodeURIComponent(path)))).length;
    }
    const summary = `${searchRequests.length} requests, ${(compressed / 1024).toFixed(1)} KB gzip`;
    console.log(`First search ("mentor") after opening search: ${summary}`);
    expect(compressed, summary).toBeLessThanOrEqual(150 * 1024);
    expect(searchRequests.length, `${summary}:\n${searchRequests.join('\n')}`).toBeLessThanOrEqual(8);
    expect(
      searchRequests.every((path) => path.startsWith('/pagefind/') || path.startsWith('/_astro/')),
      summary,
    ).toBe(true);
    await close();
  });
});

/**
 * What visitors would type, and the page that must come first. Chosen as a
 * visitor would phrase a need, not copied from page titles.
 */
const QUERIES: [string, string][] = [
  ['networking', '/benefits/conferences/'],
  ['meet people', '/benefits/conferences/'],
  ['exhibits', '/benefits/conferences/'],
  ['mentor', '/benefits/professional-development/'],
  ['leadership', '/benefits/professional-development/'],
  ['cheap courses', '/benefits/training/'],
  ['out of date', '/benefits/training/'],
  ['new technology', '/benefits/training/'],
  ['legislators', '/benefits/advocacy/'],
  ['promote libraries', '/benefits/advocacy/'],
  ['journals', '/benefits/resources-and-savings/'],
  ['continuing education', '/benefits/resources-and-savings/'],
  ['save money', '/value/'],
  ['publications', '/benefits/resources-and-savings/'],
  // The tools answer these directly: the calculator is where dues are weighed
  // against savings, and the letter is how to ask an employer to pay.
  ['dues', '/value/'],
  ['employer pay', '/make-the-case/'],
  ['find my local association', '/join/'],
  ['privacy', '/privacy/'],
  ['accessibility', '/accessibility/'],
  ['first conference', '/first-conference/'],
  ['no association near me', '/find-your-association/'],
  ['letter to my employer', '/make-the-case/'],
  ['calculator', '/value/'],
  ['is membership worth it', '/value/'],
  ['students', '/for/students/'],
  ['trustee', '/for/trustees-and-volunteers/'],
];

test('realistic visitor queries find the right page first', async () => {
  const { page, close } = await visit('/');
  // Passed as a string so the test runner leaves the browser's dynamic import alone.
  const dynamicImport = ['im', 'port'].join('');
  const firstResults = await page.evaluate<Record<string, string | undefined>>(`(async (queries) => {
    const pagefind = await ${dynamicImport}('/pagefind/pagefind.js');
    await pagefind.init();
    const found = {};
    for (const query of queries) {
      const search = await pagefind.search(query);
      found[query] = (await search.results[0]?.data())?.url;
    }
    return found;
  })(${JSON.stringify(QUERIES.map(([query]) => query))})`);
  expect(firstResults).toEqual(Object.fromEntries(QUERIES));
  await close();
});

describe('under a base path', () => {
  let baseServer: RunningServer;

  beforeAll(async () => {
    baseServer = await serveDirectory(inject('baseDistDir'), TEST_BASE_PATH);
  });

  afterAll(async () => {
    await baseServer?.close();
  });

  test('search loads its index, finds pages and opens them', async () => {
    const { page, requests, errors, close } = await visit('/', 1280, baseServer);
    await page.keyboard.press('Control+k');
    await searchFor(page, 'legislators');
    const first = dialog(page).getByRole('option').first();
    expect(await first.getAttribute('href')).toMatch(/^\/library-benefits\/benefits\/advocacy\//);
    await Promise.all([page.waitForURL(/\/library-benefits\/benefits\/advocacy\//), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Speak up for libraries');
    expect(requests.filter((path) => !path.startsWith('/library-benefits/'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
