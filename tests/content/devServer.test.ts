import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/astroCli.ts';
import { launchChromium } from '../support/browser.ts';
import { contentFilesIn } from '../support/contentFiles.ts';

/*
 * In `npm run dev`, search must answer from the content as it is now: the
 * dev server indexes the pages it renders and rebuilds after every change.
 */

let workDir: string;
let contentDir: string;
let dev: DevServer;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'dev-search-'));
  contentDir = join(workDir, 'content');
  await cp('content', contentDir, { recursive: true });
  dev = await startDevServer({ CONTENT_DIR: contentDir });
}, 90_000);

afterAll(async () => {
  await dev?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Written whole under another name, then renamed: the dev server never sees half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.partial`, text);
  await rename(`${file}.partial`, file);
}

const indexedPages = async () => {
  const response = await fetch(new URL('pagefind/pagefind-entry.json', dev.url));
  expect(response.status, dev.output()).toBe(200);
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

test('serves a search index of the current content, and rebuilds it when content changes', { timeout: 120_000 }, async () => {
  // The dev index holds the benefit and general pages, as they are in content/ now.
  const pagesAtStart = contentFilesIn('content/benefits').length + contentFilesIn('content/pages').length;
  expect(await indexedPages()).toBe(pagesAtStart);
  const script = await fetch(new URL('pagefind/pagefind.js', dev.url));
  expect(script.headers.get('content-type')).toMatch(/javascript/);
  expect(script.headers.get('cache-control')).toBe('no-store');

  const training = await readFile(join(contentDir, 'benefits', 'training.mdx'), 'utf8');
  await writeAtomically(
    join(contentDir, 'benefits', 'book-club.mdx'),
    training.replace(/^title: .*$/m, 'title: Run a book club').replace('## Training never stops', '## Quokka reading circles'),
  );
  // Once the dev server shows the new page, the next search must include it.
  await expect.poll(async () => (await fetch(new URL('benefits/book-club/', dev.url))).status, { timeout: 20_000, interval: 250 }).toBe(200);
  await expect.poll(indexedPages, { timeout: 20_000, interval: 500 }).toBe(pagesAtStart + 1);
  expect(dev.output()).toContain(`Search index rebuilt from ${pagesAtStart + 1} page(s)`);

  // And a visitor's search in the browser finds words that exist only in the new file.
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Just after it starts, the dev server writes its content store once more and tells every open
    // page to reload (Astro's data-store invalidation), which can close the dialog mid-search; a
    // visitor would simply search again.
    let found = '';
    for (let attempt = 1; attempt <= 3 && !found.includes('Run a book club'); attempt++) {
      await page.goto(dev.url, { waitUntil: 'networkidle' });
      await page.keyboard.press('Control+k');
      await page.locator('dialog [role=combobox]').fill('quokka');
      found = await page
        .locator('dialog [role=option]')
        .first()
        .textContent({ timeout: 15_000 })
        .then((text) => text ?? '', () => '');
    }
    expect(found).toContain('Run a book club');
  } finally {
    await browser.close();
  }

  await rm(join(contentDir, 'benefits', 'book-club.mdx'));
  await expect.poll(indexedPages, { timeout: 20_000, interval: 500 }).toBe(pagesAtStart);
});

test('an unknown index file is a 404, not a page', async () => {
  const response = await fetch(new URL('pagefind/no-such-file.pf_index', dev.url));
  expect(response.status).toBe(404);
});

test('a mistake saved while editing shows on the page, naming the file, and clears when fixed', async () => {
  const file = join(contentDir, 'benefits', 'advocacy.mdx');
  const original = await readFile(file, 'utf8');
  const page = new URL('benefits/advocacy/', dev.url);
  try {
    await writeAtomically(file, original.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'));
    // The page fails (Astro's error overlay shows the message in the browser) and the terminal names the file.
    await expect.poll(async () => (await fetch(page)).status, { timeout: 20_000, interval: 500 }).toBe(500);
    await expect
      .poll(() => dev.output(), { timeout: 20_000, interval: 250 })
      .toMatch(/advocacy\.mdx: lastReviewed: "2026-02-30" is not a real date/);
  } finally {
    await writeAtomically(file, original);
  }
  await expect.poll(async () => (await fetch(page)).status, { timeout: 20_000, interval: 500 }).toBe(200);
});

test('a draft shows while editing, under a visible Draft banner', async () => {
  const training = await readFile(join(contentDir, 'benefits', 'training.mdx'), 'utf8');
  const file = join(contentDir, 'benefits', 'work-in-progress.mdx');
  await writeAtomically(file, training.replace(/^title: .*$/m, 'title: Work in progress').replace(/^draft: .*$/m, '').replace(/^lastReviewed: (.*)$/m, 'lastReviewed: $1\ndraft: true'));
  try {
    const page = new URL('benefits/work-in-progress/', dev.url);
    await expect
      .poll(async () => (await fetch(page)).text(), { timeout: 20_000, interval: 500 })
      .toContain('Draft: this page is visible only while editing');
  } finally {
    await rm(file);
  }
});

test('a second file for the same page, saved while editing, is named in the terminal', async () => {
  const file = join(contentDir, 'benefits', 'training.md');
  await writeFile(file, await readFile(join(contentDir, 'benefits', 'training.mdx'), 'utf8'));
  try {
    await expect
      .poll(() => dev.output(), { timeout: 20_000, interval: 500 })
      .toMatch(/training\.md and .*training\.mdx would both make the page "training"/);
  } finally {
    await rm(file);
  }
});

test('code saved in a page while editing shows as an error naming the file and line', async () => {
  const file = join(contentDir, 'benefits', 'advocacy.mdx');
  const original = await readFile(file, 'utf8');
  const page = new URL('benefits/advocacy/', dev.url);
  try {
    await writeAtomically(file, `${original}\nYour path is {process.env.PATH}.\n`);
    await expect.poll(async () => (await fetch(page)).status, { timeout: 20_000, interval: 500 }).toBe(500);
    // The page fails as soon as the error is thrown; the terminal may print it a moment later.
    const line = original.split('\n').length + 1;
    await expect
      .poll(() => dev.output(), { timeout: 20_000, interval: 250 })
      .toContain(`advocacy.mdx:${line}: a {…} expression ("{process.env.PATH}")`);
  } finally {
    await writeAtomically(file, original);
  }
  await expect.poll(async () => (await fetch(page)).status, { timeout: 20_000, interval: 500 }).toBe(200);
});
