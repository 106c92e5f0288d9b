import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readAssociation } from '../../src/lib/site/associationSchema.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { axeViolations, builtSiteInChromium, printedText } from '../support/browser.ts';

/*
 * The example association's site (built under a base path, with its SITE_URL) in Chromium: its home page and
 * a benefit page with its logo, name and brand colour have no axe violations in either theme, at phone and
 * desktop width; the header shows its short name on a phone; a printed page names it and its own address.
 * Each page is opened once per width, and its theme switched in place, to keep the visits few.
 */
const site = builtSiteInChromium(inject('baseDistDir'), TEST_BASE_PATH);
const SHORT_NAME = readAssociation(EXAMPLE_ASSOCIATION.folder, EXAMPLE_ASSOCIATION.folder)?.shortName ?? '';

const VIEWPORTS = [
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** The header's link to the home page: its short name and its full name, as they are drawn. */
async function headerNames(page: Page) {
  const link = page.locator('header').getByRole('link', { name: EXAMPLE_ASSOCIATION.name });
  const shown = async (text: string) => {
    const box = await link.getByText(text, { exact: true }).boundingBox();
    // The full name on a phone is there for screen readers only: a 1-pixel box.
    return (box?.width ?? 0) > 1;
  };
  return { short: await shown(SHORT_NAME), full: await shown(EXAMPLE_ASSOCIATION.name) };
}

describe.each(VIEWPORTS)('at $name width', (viewport) => {
  test.each(['/', '/benefits/conferences/'])('%s has no axe violations in either theme', async (path) => {
    const page = await site.open(path, { viewport, colorScheme: 'light', reducedMotion: 'reduce' });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${path}, ${colorScheme}, ${viewport.width}px`).toEqual([]);
    }
    // The short name on a phone, where the full name would crowd the row; the full name from the md width (768 px).
    expect(await headerNames(page)).toEqual(
      viewport.name === 'phone' ? { short: true, full: false } : { short: false, full: true },
    );
    await page.context().close();
  });
});

test('a printed page names the association and its own address', async () => {
  const page = await site.open('/benefits/training/');
  const text = await printedText(page);
  expect(text).toContain(EXAMPLE_ASSOCIATION.name);
  expect(text).toContain(new URL(`${TEST_BASE_PATH}benefits/training/`, EXAMPLE_ASSOCIATION.siteUrl).href);
  await page.context().close();
});
