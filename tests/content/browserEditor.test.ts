import { cp, glob, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAstro, startEditServer, type EditServer } from '../support/astroCli.ts';
import { launchChromium } from '../support/browser.ts';

/*
 * `npm run edit` on a copy of content/, driven in Chromium as an editor
 * would: the real Decap CMS, its local backend writing the files, and the
 * live site showing the change.
 */

let workDir: string;
let contentDir: string;
let edit: EditServer;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'browser-editor-'));
  contentDir = join(workDir, 'content');
  await cp('content', contentDir, { recursive: true });
  edit = await startEditServer({ CONTENT_DIR: contentDir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await edit?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The editor, signed in to the local backend (a button: no account), at `hash`, once `field` shows. */
async function openEditor(hash: string, field = 'Title'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(edit.editorUrl);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${edit.editorUrl}${hash}`);
  await page.getByLabel(field, { exact: true }).first().waitFor({ timeout: 30_000 });
  return page;
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Publish/ }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

const file = (path: string) => readFile(join(contentDir, path), 'utf8');

test('changing a benefit\'s lead writes that line to the file, the live page shows it, and the editor keeps its page', { timeout: 120_000 }, async () => {
  const before = await file('benefits/conferences.mdx');
  const lead = 'A conference is where you meet the people who do the same work as you, and learn from them face to face.';
  const page = await openEditor('#/collections/benefits/entries/conferences');
  let editorLoads = 0;
  page.on('load', () => (editorLoads += 1));
  await page.getByLabel('Lead paragraph').fill(lead);
  await publishNow(page);
  await expect.poll(() => file('benefits/conferences.mdx'), { timeout: 20_000 }).toContain(`lead: ${lead}\n`);
  const after = await file('benefits/conferences.mdx');
  const changed = before.split('\n').filter((line, index) => line !== after.split('\n')[index]);
  expect(after.split('\n')).toHaveLength(before.split('\n').length);
  expect(changed).toEqual([expect.stringMatching(/^lead: /)]);
  await expect
    .poll(async () => (await fetch(new URL('benefits/conferences/', edit.url)).then((response) => response.text())).includes('learn from them face to face'), {
      timeout: 30_000,
      interval: 500,
    })
    .toBe(true);
  // The dev server has told every open page to reload by now. The editor must not: it would lose what
  // is being typed (and Chromium can hang closing a page mid-reload, crbug.com/536385539).
  const reloaded = await page.waitForEvent('load', { timeout: 3_000 }).then(() => true, () => false);
  expect(reloaded || editorLoads > 0).toBe(false);
  await page.close();
});

test('a description that is too long is refused in the form, and nothing is saved', { timeout: 60_000 }, async () => {
  const before = await file('benefits/training.mdx');
  const page = await openEditor('#/collections/benefits/entries/training');
  await page.getByLabel('Description').fill(`${'A description far longer than search engines show. '.repeat(4)}`);
  await publishNow(page);
  await page.getByText(/didn't match the pattern: write 50 to 160 characters/i).waitFor({ timeout: 10_000 });
  expect(await file('benefits/training.mdx')).toBe(before);
  await page.close();
});

test('a new benefit saved as a draft is written, and the production build leaves it out', { timeout: 300_000 }, async () => {
  const page = await openEditor('#/collections/benefits/entries/training');
  // A copy of an existing benefit, with a title of its own: the quickest way to a complete new page.
  await page.getByRole('button', { name: /^Published|^Publish/ }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Run a book club');
  const draft = page.getByLabel('Draft (not published)');
  if (!(await draft.isChecked())) await draft.check();
  await publishNow(page);
  await expect.poll(() => file('benefits/run-a-book-club.mdx').catch(() => ''), { timeout: 20_000 }).toContain('draft: true');
  const written = await file('benefits/run-a-book-club.mdx');
  expect(written).toMatch(/^---\ntitle: Run a book club\n/);
  await page.close();

  const outDir = join(workDir, 'dist');
  const { code, output } = await runAstro(['build', '--outDir', outDir], { CONTENT_DIR: contentDir });
  expect(code, output).toBe(0);
  const pages = await Array.fromAsync(glob('benefits/*/index.html', { cwd: outDir }));
  expect(pages.length).toBeGreaterThan(3);
  expect(pages).not.toContain('benefits/run-a-book-club/index.html');
  expect(await readFile(join(outDir, 'admin/index.html'), 'utf8')).toContain('noindex');
});

// Decap saves nothing for a page opened and left as it was (its Publish menu then offers only
// Duplicate), so the byte-for-byte round trip of every file is tests/unit/cmsFormat.test.ts; here, on
// each kind of file, a change to one field changes that one line, comments and building blocks kept.
test.each([
  ['benefits/advocacy.mdx', '#/collections/benefits/entries/advocacy', 'Title', 'title'],
  ['pages/join.mdx', '#/collections/pages/entries/join', 'Title', 'title'],
  ['roles/students.mdx', '#/collections/roles/entries/students', 'Title', 'title'],
  ['site/home.mdx', '#/collections/site/entries/home', 'Title', 'title'],
  ['site/site.yaml', '#/collections/siteWords/entries/siteText', 'About', '  about'],
])('%s: a change to one field in the editor changes that one line of the file', { timeout: 60_000 }, async (path, hash, label, key) => {
  const before = await file(path);
  const page = await openEditor(hash, label);
  const field = page.getByLabel(label, { exact: true }).first();
  const value = await field.inputValue();
  await field.fill(`${value} again`);
  await publishNow(page);
  await expect.poll(() => file(path), { timeout: 20_000 }).toContain(`${key}: ${value} again\n`);
  const after = (await file(path)).split('\n');
  expect(after).toHaveLength(before.split('\n').length);
  expect(before.split('\n').filter((line, index) => line !== after[index])).toEqual([`${key}: ${value}`]);
  await page.close();
});
