import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { valueCalculatorText, valueFormText } from '../../src/strings.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { builtSiteInChromium, countPrintCalls, printCalls } from '../support/browser.ts';
import { serveDirectory, type RunningServer } from '../support/staticServer.ts';

/*
 * The membership value calculator in Chromium: typing, invalid input tied to
 * its field, the address keeping the figures, copy, print, and the page
 * without JavaScript.
 */
const site = builtSiteInChromium(inject('distDir'));

interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and requests to other origins. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Opens the calculator with `query`; or, with `address`, that address on the server, as given (it may be a
 * crafted path, which `new URL` would read as another host).
 */
async function visit(query = '', options: BrowserContextOptions = {}, address?: string): Promise<Visit> {
  const errors: string[] = [];
  const origin = new URL(address ?? site.server().url).origin;
  const page = await site.open(address ?? `/value/${query}`, { locale: 'en-US', ...options }, (page) => {
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        errors.push(`request: ${request.url()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.svg')) errors.push(message.text());
    });
  });
  return { page, errors, close: () => page.context().close() };
}

const total = (page: Page, name: 'cost' | 'savings' | 'net') =>
  page.locator(`[data-value-total="${name}"]`).textContent();
const field = (page: Page, label: string, item?: number) =>
  item === undefined
    ? page.getByLabel(label, { exact: true })
    : page.getByRole('group', { name: `Item ${item}` }).getByLabel(label, { exact: true });

async function fillExample(page: Page): Promise<void> {
  await field(page, 'Yearly dues').fill('100');
  await field(page, 'Part your employer pays').fill('25');
  await field(page, 'Name (optional)', 1).fill('Spring meeting');
  await field(page, valueFormText.member, 1).fill('60');
  await field(page, valueFormText.other, 1).fill('110');
  await field(page, 'Times a year', 2).fill('2');
  await field(page, valueFormText.member, 2).fill('20');
  await field(page, valueFormText.other, 2).fill('35');
}

describe('typing', () => {
  test('starts empty, then shows cost, savings and net value as you type, with a breakdown', async () => {
    const { page, errors, close } = await visit();
    expect(await page.locator('[data-value-message]').textContent()).toBe('Enter your figures to see the result.');
    expect(await total(page, 'net')).toBe('–');
    for (const input of await page.locator('input[inputmode="decimal"]').all())
      expect(await input.inputValue()).toBe('');
    await fillExample(page);
    expect(await total(page, 'cost')).toBe('$75.00');
    expect(await total(page, 'savings')).toBe('$80.00');
    expect(await total(page, 'net')).toBe('$5.00');
    expect(await page.locator('[data-value-sentence]').textContent()).toBe(
      'In these figures, membership saves you $5.00 a year more than it costs you.',
    );
    const lines = await page.locator('[data-value-lines] li').allTextContents();
    expect(lines).toEqual([
      'Dues$100.00',
      'Less what your employer pays−$25.00',
      'Saving on Conference: Spring meeting$50.00',
      'Saving on Course or workshop × 2$30.00',
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  test('numbers follow the visitor’s language, and the currency comes from the list', async () => {
    const { page, close } = await visit('', { locale: 'de-DE' });
    // A German browser starts in euros, with German number formatting.
    expect(await page.getByLabel('Currency').inputValue()).toBe('EUR');
    await field(page, 'Yearly dues').fill('1.234,50');
    expect(await total(page, 'cost')).toBe('1.234,50\u00a0€');
    await page.getByLabel('Currency').selectOption('GBP');
    expect(await total(page, 'cost')).toBe('1.234,50\u00a0£');
    await close();
  });

  test('when membership costs more than it saves, the result says so and names what the sums leave out', async () => {
    const { page, close } = await visit();
    await field(page, 'Yearly dues').fill('100');
    await field(page, valueFormText.member, 1).fill('20');
    await field(page, valueFormText.other, 1).fill('30');
    expect(await total(page, 'net')).toBe('\u2212$90.00');
    const sentence = (await page.locator('[data-value-sentence]').textContent()) ?? '';
    expect(sentence).toBe(valueCalculatorText.netCosts('$90.00'));
    expect(sentence).toContain('costs you $90.00 a year more than it saves you');
    // Nothing on the page argues past the figures.
    expect(await page.locator('main').textContent()).not.toMatch(/make the case stronger/i);
    await close();
  });

  test('a screen reader hears a short summary once typing pauses', async () => {
    const { page, close } = await visit();
    const announce = page.locator('[data-value-announce]');
    expect(await announce.getAttribute('role')).toBe('status');
    // Every text the live region is given, in order.
    await announce.evaluate((region) => {
      const heard: string[] = [];
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      (window as unknown as { heard: string[] }).heard = heard;
    });
    await field(page, 'Yearly dues').pressSequentially('120', { delay: 30 });
    await expect
      .poll(() => announce.textContent())
      .toBe('Net value \u2212$120.00 a year. Yearly cost to you $120.00, yearly savings $0.00.');
    // One summary for the three keys, not one per key.
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([
      'Net value \u2212$120.00 a year. Yearly cost to you $120.00, yearly savings $0.00.',
    ]);
    await close();
  });

  test('rows can be added up to the limit and removed, keeping numbering and labels tied', async () => {
    const { page, close } = await visit();
    expect(await page.locator('[data-value-item]').count()).toBe(3);
    const add = page.getByRole('button', { name: 'Add another item' });
    await add.click();
    expect(await page.locator('[data-value-item]').count()).toBe(4);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('item-4-kind');
    await field(page, valueFormText.member, 4).fill('5');
    await field(page, valueFormText.other, 4).fill('15');
    expect(await total(page, 'savings')).toBe('$10.00');
    await page.getByRole('button', { name: 'Remove item 2' }).click();
    expect(await page.locator('[data-value-item]').count()).toBe(3);
    // The fourth row is now the third, with its figures and ids renumbered.
    expect(await field(page, valueFormText.member, 3).inputValue()).toBe('5');
    expect(await total(page, 'savings')).toBe('$10.00');
    for (let count = 3; count < 10; count++) await add.click();
    expect(await page.locator('[data-value-item]').count()).toBe(10);
    expect(await add.isVisible()).toBe(false);
    expect(await page.getByText('You have reached 10 items').isVisible()).toBe(true);
    await close();
  });
});

describe('invalid input', () => {
  test.each([
    ['abc', 'Error: Enter a number, such as 120 or 120.50, with no letters.'],
    ['-5', 'Error: Enter an amount of 0 or more, without a minus sign.'],
    ['99999999999', 'Error: Enter an amount no bigger than 1,000,000.'],
  ])('%j gets an inline message tied to the field, and never NaN', async (typed, message) => {
    const { page, errors, close } = await visit();
    const dues = field(page, 'Yearly dues');
    await dues.fill(typed);
    expect(await dues.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await dues.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain('value-dues-error');
    const error = page.locator('#value-dues-error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toBe(message);
    expect(await page.locator('[data-value-message]').textContent()).toBe(
      'Fix the field marked with an error to see your result.',
    );
    expect(await total(page, 'net')).toBe('–');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await dues.fill('120');
    expect(await dues.getAttribute('aria-invalid')).toBeNull();
    expect(await dues.getAttribute('aria-describedby')).toBe('value-dues-hint');
    expect(await error.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('a row with one price asks for the other, on the right field', async () => {
    const { page, close } = await visit();
    await field(page, valueFormText.member, 1).fill('20');
    expect(await page.locator('#item-1-other-error').textContent()).toBe(
      `Error: ${valueCalculatorText.errors.otherMissing}`,
    );
    expect(await field(page, valueFormText.other, 1).getAttribute('aria-invalid')).toBe('true');
    await field(page, valueFormText.other, 1).fill('10');
    expect(await page.locator('#item-1-member-error').textContent()).toBe(
      `Error: ${valueCalculatorText.errors.memberOverOther}`,
    );
    await close();
  });

  test('pressing Enter in a field does not submit or reload the page', async () => {
    const { page, close } = await visit();
    await field(page, 'Yearly dues').fill('50');
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await field(page, 'Yearly dues').press('Enter');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await close();
  });
});

describe('the address', () => {
  test('keeps the figures, so they survive a reload and can be shared', async () => {
    const { page, close } = await visit();
    await fillExample(page);
    await page.getByLabel('Currency').selectOption('EUR');
    // The address follows once typing pauses (Safari limits how often it may change).
    await expect.poll(() => new URL(page.url()).searchParams.get('currency')).toBe('EUR');
    const url = new URL(page.url());
    expect(url.searchParams.get('dues')).toBe('100');
    expect(url.searchParams.get('currency')).toBe('EUR');
    expect(url.searchParams.get('i1-name')).toBe('Spring meeting');
    await page.reload();
    expect(await field(page, 'Yearly dues').inputValue()).toBe('100');
    expect(await field(page, 'Name (optional)', 1).inputValue()).toBe('Spring meeting');
    expect(await total(page, 'net')).toBe('€5.00');
    // The same address opened elsewhere gives the same result.
    const shared = await visit(url.search);
    expect(await total(shared.page, 'net')).toBe('€5.00');
    await shared.close();
    await close();
  });

  test('a broken or hostile address still opens a working calculator', async () => {
    const { page, errors, close } = await visit(
      `?currency=%3Cscript%3E&dues=%3Cimg%20src%3Dx%3E&i2-kind=nope&i50-member=3&i1-times=-2`,
    );
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    expect(await field(page, 'Yearly dues').inputValue()).toBe('<img src=x>');
    expect(await page.locator('#value-dues-error').textContent()).toMatch(/Enter a number/);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('[data-value-item]').count()).toBe(3);
    expect(errors).toEqual([]);
    await close();
  });

  test('"Clear all figures" empties the form and the address', async () => {
    const { page, close } = await visit('?dues=100&i1-member=5&i1-other=9');
    await page.getByRole('button', { name: 'Clear all figures' }).click();
    expect(await field(page, 'Yearly dues').inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).searchParams.has('dues')).toBe(false);
    expect(await total(page, 'net')).toBe('–');
    await close();
  });

  test('clearing says so and can be undone, which brings every figure back', async () => {
    const { page, close } = await visit('?dues=100&employer=20&i1-member=5&i1-other=9');
    const netBefore = await total(page, 'net');
    await page.getByRole('button', { name: 'Clear all figures' }).click();
    const status = page.locator('[data-value-cleared]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain('All figures cleared.');
    const undo = page.getByRole('button', { name: 'Undo' });
    expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await undo.click();
    expect(await field(page, 'Yearly dues').inputValue()).toBe('100');
    expect(await total(page, 'net')).toBe(netBefore);
    expect(new URL(page.url()).searchParams.get('employer')).toBe('20');
    expect(await status.textContent()).toBe('Your figures are back.');
    await close();
  });

  test('on a phone the net value stays in view at the foot of the screen while you type', async () => {
    const { page, close } = await visit('', { viewport: { width: 375, height: 667 } });
    await field(page, 'Yearly dues').fill('80');
    const running = page.locator('[data-value-running]');
    await expect.poll(() => running.locator('[data-value-running-net]').textContent()).toBe('\u2212$80.00');
    const box = await running.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(667 + 1);
    expect(box && box.y).toBeGreaterThan(667 / 2);
    await close();
  });

  test('a loss is written with the true minus sign, as in the breakdown', async () => {
    const { page, close } = await visit('?dues=100');
    expect(await total(page, 'net')).toBe('\u2212$100.00');
    await close();
  });
});

describe('copy and print', () => {
  test('copies the result as text, with a visible, announced confirmation', async () => {
    const { page, close } = await visit('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await fillExample(page);
    await page.getByRole('button', { name: 'Copy result as text' }).click();
    const status = page.locator('[data-value-result] [data-tool-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Copied your result to the clipboard/);
    expect(await status.getAttribute('role')).toBe('status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Yearly cost to me: $75.00');
    expect(copied).toContain('Net value: $5.00 a year');
    // This site's address is still the placeholder (no SITE_URL), which leads nowhere: no link is copied.
    // The address bar, which follows the figures once typing pauses, still keeps them.
    expect(copied).not.toContain('Worked out with');
    expect(copied).not.toContain(new URL(siteConfig.url).hostname);
    await expect.poll(() => new URL(page.url()).searchParams.get('dues')).toBe('100');
    await close();
  });

  describe('at a crafted address', () => {
    /*
     * A host that decodes %2F (nginx does) serves the calculator at this path; so does the test server,
     * which decodes the path before it looks for the file. Read back from location and resolved, the path
     * named other.example, in the copied link and in the address bar.
     */
    const CRAFTED = '//other.example/x%2F..%2F..%2Fvalue/';
    let baseServer: RunningServer;

    beforeAll(async () => {
      baseServer = await serveDirectory(inject('baseDistDir'), TEST_BASE_PATH);
    });

    afterAll(async () => {
      await baseServer?.close();
    });

    test.each([
      // The general guide, built without SITE_URL: its placeholder address is copied nowhere.
      ['at the root of the site', () => site.server().url, '/value/', undefined],
      ['under a base path', () => baseServer.url, `${TEST_BASE_PATH}value/`, EXAMPLE_ASSOCIATION.siteUrl],
    ])(
      '%s, the copied link names the configured site address and the page’s own path, and so does the address bar',
      async (_where, server, ownPath, siteUrl) => {
        // The server's address and the crafted path joined as text: `new URL` would read it as other.example.
        const crafted = `${server().replace(/\/$/, '')}${CRAFTED}?dues=100`;
        const { page, errors, close } = await visit(
          '',
          { permissions: ['clipboard-read', 'clipboard-write'] },
          crafted,
        );
        // The page was opened at the crafted path (the address bar may have moved on since).
        const opened = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name);
        expect(opened).toBe(crafted);
        expect(await total(page, 'net')).toBe('\u2212$100.00');
        await page.getByRole('button', { name: 'Copy result as text' }).click();
        const status = page.locator('[data-value-result] [data-tool-status]');
        await expect.poll(() => status.textContent()).toMatch(/^Copied your result to the clipboard/);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.split('\n').find((line) => line.startsWith('Worked out with'))).toBe(
          siteUrl && `Worked out with: ${new URL(`${ownPath}?currency=USD&dues=100`, siteUrl).href}`,
        );
        expect(copied).not.toContain('other.example');
        // The crafted path is not kept: the address bar settles on the page's own path, on this server.
        await expect.poll(() => new URL(page.url()).pathname).toBe(ownPath);
        expect(new URL(page.url()).origin).toBe(new URL(server()).origin);
        await page.getByRole('button', { name: 'Clear all figures' }).click();
        await expect.poll(() => new URL(page.url()).search).toBe('');
        expect(new URL(page.url()).pathname).toBe(ownPath);
        expect(errors).toEqual([]);
        await close();
      },
    );
  });

  test('when the browser refuses to copy, the text is selected for copying by hand', async () => {
    const page = await site.open('/value/?dues=10', { locale: 'en-US' }, (page) =>
      page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
      }),
    );
    await page.getByRole('button', { name: 'Copy result as text' }).click();
    const fallback = page.getByLabel('Your result as text');
    await expect.poll(() => fallback.isVisible()).toBe(true);
    expect(await fallback.inputValue()).toContain('Yearly cost to me: $10.00');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('value-copy-fallback');
    await expect
      .poll(() => page.locator('[data-value-result] [data-tool-status]').textContent())
      .toMatch(/press Ctrl\+C/);
    await page.context().close();
  });

  test('copying with nothing entered says what to do instead', async () => {
    const { page, close } = await visit('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Copy result as text' }).click();
    await expect
      .poll(() => page.locator('[data-value-result] [data-tool-status]').textContent())
      .toBe('Enter your figures first, then copy the result.');
    await close();
  });

  test('the print button opens the print dialog', async () => {
    const page = await site.open('/value/?dues=10', { locale: 'en-US' }, countPrintCalls);
    await page.getByRole('button', { name: 'Print result' }).click();
    expect(await printCalls(page)).toBe(1);
    await page.context().close();
  });

  test('the printed result, with ten items, fits on one page and leaves out the form', async () => {
    const rows = Array.from(
      { length: 10 },
      (_, index) => `i${index + 1}-name=Event%20${index + 1}&i${index + 1}-member=10&i${index + 1}-other=20`,
    ).join('&');
    const { page, close } = await visit(`?dues=100&employer=20&${rows}`);
    expect(await total(page, 'savings')).toBe('$100.00');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-value-form]').isVisible()).toBe(false);
    expect(await page.locator('section[aria-labelledby="on-paper"]').isVisible()).toBe(false);
    expect(await page.locator('[data-value-result]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBe(1);
    await close();
  });
});

describe('without JavaScript', () => {
  test('the steps on paper are there, the form is not, and the page says why', async () => {
    const { page, close } = await visit('', { javaScriptEnabled: false });
    expect(await page.locator('[data-value-calculator]').isVisible()).toBe(false);
    expect(await page.getByText('The calculator needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Work it out on paper' }).isVisible()).toBe(true);
    await close();
  });
});
