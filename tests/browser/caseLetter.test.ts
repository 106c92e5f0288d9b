import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium, countPrintCalls, printCalls } from '../support/browser.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';
import { letterFormText } from '../../src/strings.ts';

/*
 * The make-the-case letter in Chromium: the letter follows the form, keeps
 * the visitor's own edits, and can be copied, printed and downloaded, with
 * nothing sent anywhere.
 */
const site = builtSiteInChromium(inject('distDir'));

interface Visit {
  page: Page;
  /** Every request made after the page loaded, and any script error. */
  laterRequests: string[];
  errors: string[];
  close: () => Promise<void>;
}

async function visit(options: BrowserContextOptions = {}): Promise<Visit> {
  const errors: string[] = [];
  const page = await site.open('/make-the-case/', options, (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
  });
  await page.waitForLoadState('networkidle');
  const laterRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('blob:')) laterRequests.push(`${request.method()} ${request.url()}`);
  });
  return { page, laterRequests, errors, close: () => page.context().close() };
}

const letter = (page: Page) => page.getByLabel('The letter updates as you fill in the form', { exact: false });

async function fillForm(page: Page): Promise<void> {
  await page.getByLabel('Your name').fill('Sam Reader');
  await page.getByLabel('Your role').fill('library assistant');
  await page.getByLabel('Your library').fill('Riverside Library');
  await page.getByLabel('Who you are writing to').fill('Alex');
  await page.getByLabel('A conference').check();
  await page.getByLabel('Name of the association').fill('the county library association');
  await page.getByLabel('Name of the conference or course').fill('the spring conference');
  await page.getByLabel('What it costs').fill('150 dollars');
  await page.getByLabel('Attend conferences').check();
  await page.getByLabel('Get training').check();
  await page.getByLabel(letterFormText.bringBack).fill('share what I learn at a team meeting');
}

const conferencesArgument = String(readFrontmatter('content/benefits/conferences.mdx')['caseForEmployer']);
const trainingArgument = String(readFrontmatter('content/benefits/training.mdx')['caseForEmployer']);

describe('the letter', () => {
  test('starts as the template and follows the form as you type, using the benefits’ own arguments', async () => {
    const { page, laterRequests, errors, close } = await visit();
    expect(await letter(page).inputValue()).toContain("Dear [your manager's name],");
    await fillForm(page);
    const text = await letter(page).inputValue();
    expect(text).toContain('Subject: Request: funding to attend the spring conference');
    expect(text).toContain('Dear Alex,');
    expect(text).toContain(
      'I would like to ask Riverside Library to pay for me to attend the spring conference, run by the county library association. The cost is 150 dollars.',
    );
    expect(text).toContain(`- ${conferencesArgument}\n- ${trainingArgument}`);
    expect(text).toContain('When I come back, I plan to share what I learn at a team meeting.');
    expect(text).toMatch(/Sam Reader\nlibrary assistant$/);
    expect(text).not.toContain('[');
    // Nothing typed was sent anywhere.
    expect(laterRequests).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('offers a reason for every benefit', async () => {
    const { page, close } = await visit();
    const count = contentFilesIn('content/benefits').length;
    expect(await page.locator('[data-letter-reason]').count()).toBe(count);
    await close();
  });

  test('keeps your own edits, says so, and can be rebuilt from the form', async () => {
    const { page, close } = await visit();
    await page.getByLabel('Your name').fill('Sam');
    await letter(page).fill('My own words.');
    expect(await page.getByText('You changed the letter by hand').isVisible()).toBe(true);
    await page.getByLabel('Your role').fill('manager');
    expect(await letter(page).inputValue()).toBe('My own words.');
    await page.getByRole('button', { name: 'Rebuild the letter from the form' }).click();
    expect(await letter(page).inputValue()).toMatch(/Sam\nmanager$/);
    expect(await page.getByText('You changed the letter by hand').isVisible()).toBe(false);
    await close();
  });

  test('pressing Enter in a field does not submit the form or put answers in the address', async () => {
    const { page, close } = await visit();
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('Your name').press('Enter');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Sam');
    await close();
  });
});

describe('copy, print and download', () => {
  test('copies the letter, edits included, with a visible confirmation', async () => {
    const { page, close } = await visit({ permissions: ['clipboard-read', 'clipboard-write'] });
    await fillForm(page);
    await letter(page).press('End');
    await letter(page).pressSequentially('\nPS: thank you.');
    await page.getByRole('button', { name: 'Copy letter' }).click();
    const status = page.locator('[data-letter-result] [data-tool-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Copied the letter to the clipboard/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letter(page).inputValue());
    await close();
  });

  test('prints the letter alone', async () => {
    const page = await site.open('/make-the-case/', {}, countPrintCalls);
    const context = page.context();
    await fillForm(page);
    await page.getByRole('button', { name: 'Print letter' }).click();
    expect(await printCalls(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('[data-letter-print]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toBe(await letter(page).inputValue());
    for (const hidden of [
      '[data-letter-form]',
      'h1',
      'header',
      'footer',
      'section[aria-labelledby="letter-template"]',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await context.close();
  });

  test('downloads the letter as a .txt file named after you', async () => {
    const { page, close } = await visit({ acceptDownloads: true });
    await fillForm(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('letter-to-employer-sam-reader.txt');
    const saved = await readFile((await download.path()) ?? '', 'utf8');
    expect(saved.replace(/\r\n/g, '\n')).toBe(await letter(page).inputValue());
    expect(saved).toContain('\r\n');
    expect(await page.locator('[data-letter-result] [data-tool-status]').textContent()).toBe(
      'Downloaded the letter as letter-to-employer-sam-reader.txt.',
    );
    await close();
  });
});

describe('one letter', () => {
  test('with JavaScript the page shows the live letter only, and the tips', async () => {
    const { page, close } = await visit();
    await fillForm(page);
    expect(await letter(page).isVisible()).toBe(true);
    expect(await page.locator('[data-letter-template]').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Tips for asking' }).isVisible()).toBe(true);
    await close();
  });
});

describe('without JavaScript', () => {
  test('shows the fill-in-the-blanks template and no dead form', async () => {
    const { page, close } = await visit({ javaScriptEnabled: false });
    expect(await page.locator('[data-letter-tool]').isVisible()).toBe(false);
    expect(await page.getByText('The letter form needs JavaScript').isVisible()).toBe(true);
    const template = page.locator('[data-letter-template]');
    expect(await template.isVisible()).toBe(true);
    expect(await template.textContent()).toContain('[name of your library]');
    await close();
  });
});
