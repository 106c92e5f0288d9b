import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/cleanQuery.ts';
import { builtSiteInChromium } from '../support/browser.ts';
import { valueFormText } from '../../src/strings.ts';

/*
 * What visitors type, or put in an address, comes back on the page: the
 * search query in the count, calculator item names in the breakdown, the
 * letter's fields in the letter. A word longer than the screen is wide must
 * wrap rather than push the page sideways, and text direction controls in a
 * query must not reorder the site's own words.
 */
const site = builtSiteInChromium(inject('distDir'));

const WIDTH = 320;
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(5).slice(0, 200);

async function visit(path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const errors: string[] = [];
  const page = await site.open(path, { viewport: { width: WIDTH, height: 640 }, locale: 'en-US' }, (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
  });
  return { page, errors, close: () => page.context().close() };
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const searchStatus = (page: Page) => page.locator('[data-search-page]').getByRole('status');

describe(`a ${LONG_WORD.length}-character word at ${WIDTH} px`, () => {
  test('in the search address wraps in the count and the field, with no sideways scroll', async () => {
    const { page, errors, close } = await visit(`/search/?q=${LONG_WORD}`);
    await expect.poll(() => searchStatus(page).textContent(), { timeout: 10_000 }).toContain(LONG_WORD);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    expect(errors).toEqual([]);
    await close();
  });

  test('typed into the search dialog wraps in the count, with no sideways scroll', async () => {
    const { page, errors, close } = await visit('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.getByRole('combobox').fill(LONG_WORD);
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 10_000 }).toContain(LONG_WORD);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    // The dialog scrolls inside itself, so the page's width alone would not show a word that overflows there.
    const scrollingSideways = await dialog.evaluate(
      (node) =>
        [node, ...node.querySelectorAll(':not(input)')]
          .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
          .filter((element) => element.scrollWidth > element.clientWidth + 1).length,
    );
    expect(scrollingSideways).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('in the calculator’s item name wraps in the breakdown, with no sideways scroll', async () => {
    const { page, errors, close } = await visit('/value/');
    const item = page.getByRole('group', { name: 'Item 1' });
    await item.getByLabel('Name (optional)', { exact: true }).fill(LONG_WORD);
    await item.getByLabel(valueFormText.member, { exact: true }).fill('60');
    await item.getByLabel(valueFormText.other, { exact: true }).fill('110');
    await expect.poll(() => page.locator('[data-value-lines]').textContent()).toContain(LONG_WORD);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    expect(errors).toEqual([]);
    await close();
  });

  test('in every letter field wraps in the letter, with no sideways scroll', async () => {
    const { page, errors, close } = await visit('/make-the-case/');
    const fields = page.locator('[data-letter-tool] :is(input[type="text"], textarea)[data-field]');
    expect(await fields.count()).toBeGreaterThan(3);
    for (const field of await fields.all()) await field.fill(LONG_WORD);
    await expect.poll(() => page.locator('[data-letter-output]').inputValue()).toContain(LONG_WORD);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the search address', () => {
  test(`keeps at most ${MAX_QUERY_LENGTH} characters of a query, in the field and the address`, async () => {
    const { page, close } = await visit(`/search/?q=${'m'.repeat(MAX_QUERY_LENGTH + 300)}`);
    const field = page.locator('[data-search-page]').getByRole('combobox');
    expect(await field.getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
    await expect.poll(() => searchStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^No pages found/);
    expect(await field.inputValue()).toHaveLength(MAX_QUERY_LENGTH);
    expect(new URL(page.url()).searchParams.get('q')).toHaveLength(MAX_QUERY_LENGTH);
    await close();
  });

  test('a right-to-left override in the query cannot reverse the site’s own words', async () => {
    const { page, close } = await visit(`/search/?q=${encodeURIComponent('\u202ementor\u202c')}`);
    await expect.poll(() => searchStatus(page).textContent(), { timeout: 10_000 }).toBe('12 pages found for “mentor”.');
    expect(await page.locator('[data-search-page]').getByRole('combobox').inputValue()).toBe('mentor');
    expect(new URL(page.url()).search).toBe('?q=mentor');
    await close();
  });
});
