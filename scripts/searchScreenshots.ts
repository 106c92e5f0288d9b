/**
 * Screenshots of search for a person to look at: the dialog and the
 * /search/ page with results, with none, with some of the words, with a
 * corrected word and with filters, on a phone (375 × 667, touch) and a
 * desktop (1280 × 800), in light and dark: `npm run screenshots:search`.
 * Reads dist/ (run `npm run build` first) and writes screenshots/search-*.png.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';

interface State {
  name: string;
  /** The page to open. */
  path: string;
  /** Typed into the header's dialog; without it, the /search/ page is shown as its address asks. */
  dialogQuery?: string;
  /** Open the filters before the screenshot. */
  filters?: boolean;
}

const STATES: State[] = [
  { name: 'dialog-results', path: '/benefits/training/', dialogQuery: 'mentor' },
  { name: 'dialog-none', path: '/benefits/training/', dialogQuery: 'xylophone' },
  { name: 'dialog-some-words', path: '/benefits/training/', dialogQuery: 'meet my state senator' },
  { name: 'dialog-filters', path: '/benefits/training/', dialogQuery: 'library', filters: true },
  { name: 'page-results', path: '/search/?q=mentor' },
  { name: 'page-none', path: '/search/?q=xylophone' },
  { name: 'page-corrected', path: '/search/?q=mentr' },
  { name: 'page-filters', path: '/search/?q=library', filters: true },
  { name: 'page-filtered-none', path: '/search/?q=senator&audience=Students&benefit=Attend+conferences' },
];

const DEVICES = [
  { name: 'phone', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

const outDir = resolve('screenshots');
await mkdir(outDir, { recursive: true });
const server = await serveDirectory(resolve('dist'));
const browser = await launchChromium();
try {
  for (const state of STATES) {
    for (const { name: device, ...options } of DEVICES) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, colorScheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(new URL(state.path.slice(1), server.url).href);
        const scope = page.locator(state.dialogQuery ? 'dialog[data-search-dialog]' : '[data-search-page]');
        if (state.dialogQuery) {
          await page.getByRole('button', { name: 'Search' }).click();
          await scope.getByRole('combobox').fill(state.dialogQuery);
        }
        // Every report after a search quotes the query; the prompt before one starts "Type a word".
        await scope
          .locator('[data-slot="summary"]')
          .filter({ hasText: '“' })
          .filter({ hasNotText: /^Type a word/ })
          .waitFor();
        if (state.filters) {
          const details = scope.locator('details');
          if (!(await details.evaluate((element: HTMLDetailsElement) => element.open)))
            await details.locator('summary').click();
          await scope.locator('fieldset').first().waitFor();
        }
        const file = `${outDir}/search-${state.name}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
