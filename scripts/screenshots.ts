/**
 * Screenshots of the built site at phone and desktop widths, in light and
 * dark, for a person to look at: `npm run screenshots -- / /benefits/training/`.
 * With no paths it takes every page in the sitemap plus the search and 404
 * pages, and also writes one contact sheet per theme (contact-light.png,
 * contact-dark.png): the first screen of every page at both widths, so a
 * reviewer sees the whole site on one image.
 * Reads dist/ (run `npm run build` first) and writes screenshots/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
/** `--viewport` captures only the first screen, which is what a reader sees first. */
const fullPage = !process.argv.includes('--viewport');
const widths = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const schemes = ['light', 'dark'] as const;
const outDir = resolve('screenshots');
const distDir = resolve('dist');

async function everyPage(): Promise<string[]> {
  const sitemap = await readFile(`${distDir}/sitemap-0.xml`, 'utf8');
  const inSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
  return [...inSitemap, '/search/?q=mentor', '/404.html'];
}

const fileName = (path: string) => path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';

/**
 * One image per theme: a row per page with its phone and desktop first
 * screens side by side, laid out as an HTML page and photographed by the
 * same Chromium, so no image library is needed.
 */
async function contactSheet(
  browser: Browser,
  scheme: string,
  shots: { path: string; phone: Buffer; desktop: Buffer }[],
): Promise<string> {
  const image = (png: Buffer, height: number) =>
    `<img src="data:image/png;base64,${png.toString('base64')}" style="height:${height}px">`;
  const cells = shots
    .map(
      ({ path, phone, desktop }) =>
        `<figure>${image(phone, 420)}${image(desktop, 420)}<figcaption>${path}</figcaption></figure>`,
    )
    .join('');
  const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } });
  await page.setContent(`<!doctype html><style>
    body { margin: 16px; font: 16px sans-serif; background: ${scheme === 'dark' ? '#333' : '#ddd'}; color: ${scheme === 'dark' ? '#eee' : '#111'} }
    main { display: grid; grid-template-columns: repeat(2, max-content); gap: 24px 32px }
    figure { margin: 0; display: grid; grid-template-columns: auto auto; gap: 8px; align-items: start }
    figcaption { grid-column: 1 / -1 }
    img { box-shadow: 0 0 0 1px #888 }
  </style><main>${cells}</main>`);
  const file = `${outDir}/contact-${scheme}.png`;
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  return file;
}

await mkdir(outDir, { recursive: true });
const server = await serveDirectory(distDir);
const browser = await launchChromium();
try {
  const targets = paths.length > 0 ? paths : await everyPage();
  for (const scheme of schemes) {
    const sheet: { path: string; phone: Buffer; desktop: Buffer }[] = [];
    for (const path of targets) {
      const firstScreens: Partial<Record<(typeof widths)[number]['name'], Buffer>> = {};
      for (const viewport of widths) {
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
        const file = `${outDir}/${fileName(path)}-${viewport.name}-${scheme}${fullPage ? '' : '-top'}.png`;
        await writeFile(file, await page.screenshot({ fullPage }));
        if (paths.length === 0) firstScreens[viewport.name] = await page.screenshot();
        await page.close();
        console.log(file);
      }
      if (firstScreens.phone && firstScreens.desktop) {
        sheet.push({ path, phone: firstScreens.phone, desktop: firstScreens.desktop });
      }
    }
    if (sheet.length > 0) console.log(await contactSheet(browser, scheme, sheet));
  }
} finally {
  await browser.close();
  await server.close();
}
