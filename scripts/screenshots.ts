/**
 * Screenshots for a person to look at, light and dark, from Chromium:
 * - `npm run screenshots [-- / /benefits/] [--viewport]`: pages of dist/ at phone and desktop widths, whole or
 *   their first screen; with no page named, every page of the sitemap, search and 404, and a contact sheet per
 *   theme (every page's first screen at both widths on one image);
 * - `npm run screenshots:search` (--search): search's dialog and page of dist/ in each state, phone and desktop;
 * - `npm run screenshots:editor` (--editor): the editors' guide's pictures, into docs/images/, from the real
 *   editor under `npm run edit` on a copy of content/.
 * The first two need `npm run build` first, and write screenshots/.
 */
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startEditServer } from '../tests/support/astroCli.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';

const args = process.argv.slice(2);
const schemes = ['light', 'dark'] as const;

async function pages(browser: Browser, siteUrl: string): Promise<void> {
  const named = args.filter((arg) => arg.startsWith('/'));
  const sitemap = named.length > 0 ? '' : await readFile('dist/sitemap-0.xml', 'utf8');
  const inSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths = named.length > 0 ? named : [...inSitemap, '/search/?q=mentor', '/404.html'];
  const fullPage = !args.includes('--viewport');
  for (const colorScheme of schemes) {
    const sheet: string[] = [];
    for (const path of paths) {
      const figure: string[] = [];
      for (const [device, width, height] of [['phone', 375, 812] as const, ['desktop', 1280, 900] as const]) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme });
        await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
        const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
        const file = `screenshots/${name}-${device}-${colorScheme}${fullPage ? '' : '-top'}.png`;
        await page.screenshot({ path: file, fullPage });
        if (named.length === 0)
          figure.push(`<img src="data:image/png;base64,${(await page.screenshot()).toString('base64')}">`);
        await page.close();
      }
      sheet.push(`<figure>${figure.join('')}<figcaption>${path}</figcaption></figure>`);
    }
    if (named.length > 0) continue;
    // Laid out as a page and photographed by the same Chromium, so no image library is needed.
    const [background, color] = colorScheme === 'dark' ? ['#333', '#eee'] : ['#ddd', '#111'];
    const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } });
    await page.setContent(`<style>
      body { margin: 16px; font: 16px sans-serif; background: ${background}; color: ${color} }
      main { display: grid; grid-template-columns: repeat(2, max-content); gap: 24px 32px }
      figure { margin: 0; display: grid; grid-template-columns: auto auto; gap: 8px; align-items: start }
      figcaption { grid-column: 1 / -1 }
      img { height: 420px; box-shadow: 0 0 0 1px #888 }
    </style><main>${sheet.join('')}</main>`);
    await page.screenshot({ path: `screenshots/contact-${colorScheme}.png`, fullPage: true });
    await page.close();
  }
}

/** Each state of search: its name, the page to open, and what to type into the header's dialog, if anything. */
const SEARCH_STATES = [
  { name: 'dialog-results', path: '/benefits/training/', typed: 'mentor' },
  { name: 'dialog-none', path: '/benefits/training/', typed: 'xylophone' },
  { name: 'dialog-some-words', path: '/benefits/training/', typed: 'meet my state senator' },
  { name: 'dialog-filters', path: '/benefits/training/', typed: 'library', filters: true },
  { name: 'page-results', path: '/search/?q=mentor' },
  { name: 'page-none', path: '/search/?q=xylophone' },
  { name: 'page-corrected', path: '/search/?q=mentr' },
  { name: 'page-filters', path: '/search/?q=library', filters: true },
  { name: 'page-filtered-none', path: '/search/?q=senator&audience=Students&benefit=Attend+conferences' },
];

const SEARCH_DEVICES = [
  { name: 'phone', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

async function searchStates(browser: Browser, siteUrl: string): Promise<void> {
  for (const state of SEARCH_STATES) {
    for (const { name: device, ...options } of SEARCH_DEVICES) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ ...options, colorScheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(new URL(state.path.slice(1), siteUrl).href);
        const scope = page.locator(state.typed ? 'dialog[data-search-dialog]' : '[data-search-page]');
        if (state.typed) {
          await page.getByRole('button', { name: 'Search' }).click();
          await scope.getByRole('combobox').fill(state.typed);
        }
        // Every report after a search quotes the query; the prompt before one starts "Type a word".
        const summary = scope.locator('[data-slot="summary"]').filter({ hasText: '“' });
        await summary.filter({ hasNotText: /^Type a word/ }).waitFor();
        if (state.filters) {
          const details = scope.locator('details');
          if (!(await details.evaluate((element: HTMLDetailsElement) => element.open)))
            await details.locator('summary').click();
          await scope.locator('fieldset').first().waitFor();
        }
        await page.screenshot({ path: `screenshots/search-${state.name}-${device}-${colorScheme}.png` });
        await context.close();
      }
    }
  }
}

async function editorPictures(browser: Browser): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'editor-screenshots-'));
  await cp('content', join(workDir, 'content'), { recursive: true });
  const edit = await startEditServer({ CONTENT_DIR: join(workDir, 'content') });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    await page.goto(edit.editorUrl);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${edit.editorUrl}#/collections/benefits`);
    await page.getByText('Attend conferences').first().waitFor();
    await page.screenshot({ path: 'docs/images/editor-list.png' });
    await page.goto(`${edit.editorUrl}#/collections/benefits/entries/training`);
    await page.getByLabel('Title', { exact: true }).waitFor();
    await page.screenshot({ path: 'docs/images/editor-form.png' });
    await page.getByLabel('Description').fill('A description far longer than search engines show. '.repeat(4));
    await page.getByRole('button', { name: /^Publish/ }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await page.getByText(/didn't match the pattern/i).waitFor();
    await page.screenshot({ path: 'docs/images/editor-error.png' });
    await page.getByLabel('Text of the page').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/images/editor-text.png' });
  } finally {
    await edit.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

const browser = await launchChromium();
const site = args.includes('--editor') ? undefined : await serveDirectory('dist');
try {
  await mkdir(site ? 'screenshots' : 'docs/images', { recursive: true });
  if (!site) await editorPictures(browser);
  else await (args.includes('--search') ? searchStates : pages)(browser, site.url);
  console.log(`Written into ${site ? 'screenshots/' : 'docs/images/'}.`);
} finally {
  await site?.close();
  await browser.close();
}
