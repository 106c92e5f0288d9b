/**
 * Screenshots of the built site at phone and desktop widths, in light and
 * dark, for a person to look at: `npm run screenshots -- / /benefits/training/`.
 * Reads dist/ (run `npm run build` first) and writes screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
/** `--viewport` captures only the first screen, which is what a reader sees first. */
const fullPage = !process.argv.includes('--viewport');
const targets = paths.length > 0 ? paths : ['/', '/benefits/conferences/'];
const widths = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const outDir = resolve('screenshots');

await mkdir(outDir, { recursive: true });
const server = await serveDirectory(resolve('dist'));
const browser = await launchChromium();
try {
  for (const path of targets) {
    for (const viewport of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(new URL(path.slice(1), server.url).href);
        const file = `${outDir}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${viewport.name}-${scheme}${fullPage ? '' : '-top'}.png`;
        await page.screenshot({ path: file, fullPage });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
