/*
 * The site built for a folder (BASE_PATH=/library-benefits/), as GitHub
 * Pages or a shared server would host it: every link, asset, social image,
 * sitemap entry and host rule must point inside that folder and lead to a
 * file. Search under the base path is tested in the browser (search.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { loadBuiltPages, resolveInDist, type BuiltPage } from '../support/builtSite.ts';

const distDir = inject('baseDistDir');
/** The build's SITE_URL: the example association's. */
const siteUrl = EXAMPLE_ASSOCIATION.siteUrl;
const siteRoot = new URL(TEST_BASE_PATH, siteUrl).href;
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

/** The file a site address names, with the base path taken off, or undefined. */
function fileFor(address: string): string | undefined {
  const path = address.startsWith('http') ? new URL(address).pathname : address;
  if (!path.startsWith(TEST_BASE_PATH)) return undefined;
  return resolveInDist(distDir, `/${path.slice(TEST_BASE_PATH.length)}`);
}

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

describe('a site built for a folder', () => {
  test('every link, script, stylesheet, image and icon stays inside the folder and leads to a file', () => {
    const outside: string[] = [];
    for (const page of pages) {
      for (const element of page.document.querySelectorAll('a[href], link[href], [src]')) {
        const address = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (address.startsWith('#') || /^(mailto|tel):/.test(address)) continue;
        if (/^https?:/.test(address) && !address.startsWith(siteUrl)) continue; // another site, on purpose
        const path = address.split(/[?#]/)[0] ?? '';
        if (!fileFor(path)) outside.push(`${page.urlPath}: ${element.tagName.toLowerCase()} → ${address}`);
      }
    }
    expect(outside).toEqual([]);
  });

  test('the search launcher loads the search interface from inside the folder', () => {
    const home = pages.find((page) => page.urlPath === '/');
    const launcher = [...(home?.document.querySelectorAll('script:not([src])') ?? [])]
      .map((script) => script.textContent ?? '')
      .find((code) => code.includes('searchDialog'));
    const url = /["'`](\/[^"'`]*searchDialog[^"'`]*\.js)["'`]/.exec(launcher ?? '')?.[1] ?? '';
    expect(url.startsWith(`${TEST_BASE_PATH}_astro/`), url).toBe(true);
    expect(fileFor(url), url).toBeDefined();
  });

  test('canonical addresses, social images and structured data name the folder', () => {
    for (const page of pages.filter((each) => each.urlPath !== '/404')) {
      const { document } = page;
      // The search page has no canonical address: it is not meant to be indexed.
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (page.urlPath !== '/search/')
        expect(canonical?.startsWith(siteRoot), `${page.urlPath}: ${canonical}`).toBe(true);
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (image !== undefined && image !== null) {
        expect(image.startsWith(`${siteRoot}og/`), `${page.urlPath}: ${image}`).toBe(true);
        expect(fileFor(image), image).toBeDefined();
      }
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        const addresses = (script.textContent ?? '').match(/https?:\/\/[^"]+/g) ?? [];
        for (const address of addresses.filter((each) => each.startsWith(siteUrl))) {
          expect(address.startsWith(siteRoot), `${page.urlPath}: ${address}`).toBe(true);
        }
      }
    }
  });

  test('the sitemap and robots.txt list addresses inside the folder that lead to pages', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries = sitemaps.flatMap((sitemap) => {
      expect(sitemap.startsWith(siteRoot), sitemap).toBe(true);
      const file = fileFor(sitemap);
      expect(file, sitemap).toBeDefined();
      return [...readFileSync(file ?? '', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    });
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      expect(entry.startsWith(siteRoot), entry).toBe(true);
      expect(fileFor(entry), entry).toBeDefined();
    }
    expect(read('robots.txt')).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
  });

  test('the web app manifest starts and stays inside the folder', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe(TEST_BASE_PATH);
    expect(manifest.scope).toBe(TEST_BASE_PATH);
    for (const icon of manifest.icons) expect(fileFor(icon.src), icon.src).toBeDefined();
  });

  test('the host rules (_headers, _redirects, nginx) apply to the folder', () => {
    const headers = read('_headers');
    const patterns = headers.split('\n').filter((line) => line.startsWith('/'));
    expect(patterns.length).toBeGreaterThan(3);
    for (const pattern of patterns) expect(pattern.startsWith(TEST_BASE_PATH), pattern).toBe(true);
    expect(read('_redirects')).toContain(`${TEST_BASE_PATH}sitemap.xml ${TEST_BASE_PATH}sitemap-index.xml 301`);
    const nginx = read('_nginx.conf');
    for (const [, location] of nginx.matchAll(/^location (?:[=~^]+ )?\^?(\S+) \{/gm)) {
      expect(location?.startsWith(TEST_BASE_PATH), location).toBe(true);
    }
    expect(nginx).toContain(`error_page 404 ${TEST_BASE_PATH}404.html;`);
  });
});
