import { expect, inject, test } from 'vitest';
import { SITE_FILE_SCHEMAS } from '../../src/lib/content/siteTextSchemas.ts';
import { letterFormText } from '../../src/strings.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { axeViolations, builtSiteInChromium } from '../support/browser.ts';
import { readFrontmatter } from '../support/contentFiles.ts';

/*
 * The two tools on the example association's site in Chromium, one visit each: choosing a dues category
 * fills in the dues and the result, and the letter names the association and, asked for a conference, its
 * next one. Each page has no axe violations in either theme, as the tools are with a result.
 */
const site = builtSiteInChromium(inject('baseDistDir'), TEST_BASE_PATH);
const words = SITE_FILE_SCHEMAS.valuePage.parse(readFrontmatter('content/site/value.mdx')).association;

test('the calculator: a chosen category fills in its dues and the result; a figure of one’s own unchooses it', async () => {
  const page = await site.open('/value/?currency=EUR', { locale: 'en-US', reducedMotion: 'reduce' });
  const [category, dues] = [page.getByLabel(words.categoryLabel), page.getByLabel('Yearly dues', { exact: true })];
  await category.selectOption({ label: 'Support staff: $40 a year' });
  await expect.poll(() => dues.inputValue()).toBe('40');
  // In the dues' currency, though the address named another.
  expect(await page.getByLabel('Currency', { exact: true }).inputValue()).toBe('USD');
  expect(await page.locator('[data-value-total="cost"]').textContent()).toBe('$40.00');
  await expect.poll(() => page.evaluate(() => location.search)).toBe('?currency=USD&dues=40');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
  await dues.fill('75');
  expect(await category.inputValue()).toBe('75');
  await dues.fill('30');
  expect(await category.inputValue()).toBe('');
  expect(await page.locator('[data-value-total="cost"]').textContent()).toBe('$30.00');
  // Reloaded from its address, the list shows the category again.
  await page.goto(page.url().replace(/\?.*/, '?dues=25'));
  await expect.poll(() => category.inputValue()).toBe('25');
  await page.context().close();
});

test('the letter names the association, and its next conference when the visitor asks for one', async () => {
  const page = await site.open('/make-the-case/', { reducedMotion: 'reduce' });
  const letter = page.getByLabel(letterFormText.output);
  await expect.poll(() => letter.inputValue()).toContain(`my membership of ${EXAMPLE_ASSOCIATION.name}`);
  await page.getByLabel(letterFormText.requests.conference).check();
  // Its dates as the letter writes every part: on one line, with plain spaces.
  expect(await letter.inputValue()).toContain(
    `to attend Example Valley Spring Conference 2027 (April 15 – 16, 2027), run by ${EXAMPLE_ASSOCIATION.name}.`,
  );
  await page.getByLabel(letterFormText.event).fill('the autumn workshop');
  expect(await letter.inputValue()).toContain('to attend the autumn workshop, run by');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
  await page.context().close();
});
