/**
 * `npm run screenshots:editor`: the pictures of the browser editor in the
 * editors' guide (content/README.md), taken from the real editor under
 * `npm run edit` on a copy of content/, so they show what editors will see.
 * Writes docs/images/editor-*.png.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEditServer } from '../tests/support/astroCli.ts';
import { launchChromium } from '../tests/support/browser.ts';

const outDir = resolve('docs/images');
const workDir = await mkdtemp(join(tmpdir(), 'editor-screenshots-'));
await cp('content', join(workDir, 'content'), { recursive: true });
const edit = await startEditServer({ CONTENT_DIR: join(workDir, 'content') });
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
  await page.goto(edit.editorUrl);
  await page.getByRole('button', { name: 'Login' }).click();

  await page.goto(`${edit.editorUrl}#/collections/benefits`);
  await page.getByText('Attend conferences').first().waitFor();
  await page.screenshot({ path: join(outDir, 'editor-list.png') });

  await page.goto(`${edit.editorUrl}#/collections/benefits/entries/training`);
  await page.getByLabel('Title', { exact: true }).waitFor();
  await page.screenshot({ path: join(outDir, 'editor-form.png') });

  await page.getByLabel('Description').fill('A description far longer than search engines show. '.repeat(4));
  await page.getByRole('button', { name: /^Publish/ }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText(/didn't match the pattern/i).waitFor();
  await page.screenshot({ path: join(outDir, 'editor-error.png') });

  const body = page.getByLabel('Text of the page');
  await body.scrollIntoViewIfNeeded();
  await body.evaluate((element) => element.scrollBy(0, 0));
  await page.screenshot({ path: join(outDir, 'editor-text.png') });
  console.log(`Wrote editor-list.png, editor-form.png, editor-error.png and editor-text.png to ${outDir}`);
} finally {
  await browser.close();
  await edit.stop();
  await rm(workDir, { recursive: true, force: true });
}
