/*
 * Page-weight budgets on the real built site, in bytes and counts (never
 * time). Each failure names the page, the file and the figure. The first line
 * is brotli, as the build precompresses every file and a host sends it: each
 * page of the sitemap must arrive in the server's first round trip. The gzip
 * budgets stay as a second line, for hosts that send only gzip. The benchmark
 * (`npm run bench`) measures how these grow with the content; these keep
 * today's pages honest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { TEST_BASE_PATH } from '../support/buildSite.ts';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';
import {
  brotliBytes,
  brotliFileSizeOf,
  externalScripts,
  firstVisitFiles,
  gzipBytes,
  gzipSizeOf,
  inlineScripts,
  kb,
  stylesheets,
} from '../support/pageWeight.ts';

/**
 * What a server sends before it waits for the first acknowledgement: ten
 * segments of 1,460 bytes (the initial congestion window of RFC 6928).
 */
const FIRST_ROUND_TRIP = 10 * 1460;

const BROTLI_BUDGET = {
  /** A sitemap page's HTML plus every stylesheet it links, brotli: one round trip. */
  firstPaint: FIRST_ROUND_TRIP,
  /** All inline script one page runs, brotli. */
  inlineScript: 1024,
};

const BUDGET = {
  /** A content page's HTML, gzip. */
  html: 7 * 1024,
  /** All CSS one page loads, gzip. */
  css: 10 * 1024,
  /** A first visit to a benefit page: HTML, CSS, scripts, images and icons, gzip. */
  firstVisit: 25 * 1024,
  /** All inline script one page runs, gzip. */
  inlineScript: 1024,
};

/**
 * Pages that are tools rather than reading: they may load their own script
 * file as they open (a module, which never holds up the first paint; the
 * tool needs it at once to restore its figures from the address). Everything
 * else is a content page.
 */
const TOOL_PAGES = new Set(['/search/', '/value/', '/make-the-case/']);

const distDir = inject('distDir');
let pages: BuiltPage[];
let contentPages: BuiltPage[];
/** Every page a visitor can find (the sitemap's), tools included; not the 404 and search pages, nor /admin/. */
let sitemapPages: BuiltPage[];

/** The paths the sitemap lists, read from the file the build wrote. */
function sitemapPaths(): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

beforeAll(() => {
  pages = loadBuiltPages(distDir);
  contentPages = pages.filter((page) => !TOOL_PAGES.has(page.urlPath));
  const listed = sitemapPaths();
  sitemapPages = pages.filter((page) => listed.includes(page.urlPath));
  const missing = listed.filter((path) => !pages.some((page) => page.urlPath === path));
  if (missing.length > 0) throw new Error(`the sitemap lists pages that were not built: ${missing.join(', ')}`);
});

/**
 * A page's first paint in brotli: its HTML and every stylesheet it links, as
 * the build's .br files. Over budget, it reads "page: 14,809 bytes brotli, over
 * the 14,600 budget (HTML 6,591 + /_astro/site.css 8,218)".
 */
function firstPaintOverBudget(page: BuiltPage, sizeOf: (urlPath: string) => number, budget: number): string[] {
  const files = [page.urlPath, ...stylesheets(page)].map((url) => ({ url, bytes: sizeOf(url) }));
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total <= budget) return [];
  const parts = files.map((file, index) => `${index === 0 ? 'HTML' : file.url} ${file.bytes.toLocaleString('en-US')}`);
  return [
    `${page.urlPath}: ${total.toLocaleString('en-US')} bytes brotli, over the ${budget.toLocaleString('en-US')} budget (${parts.join(' + ')})`,
  ];
}

/** The pages over budget, each as "page: figure (budget)"; empty when all fit. */
function overBudget(of: BuiltPage[], measure: (page: BuiltPage) => number, budget: number, what: string): string[] {
  return of.flatMap((page) => {
    const bytes = measure(page);
    return bytes > budget ? [`${page.urlPath}: ${what} is ${kb(bytes)} gzip, over the ${kb(budget)} budget`] : [];
  });
}

describe('page weight budgets in brotli, on every page of the sitemap', () => {
  test('checks every page of the sitemap, the tools among them', () => {
    expect(sitemapPages.length).toBeGreaterThan(10);
    expect(sitemapPages.some((page) => page.urlPath === '/value/')).toBe(true);
    expect(sitemapPages.some((page) => page.urlPath.startsWith('/admin/'))).toBe(false);
  });

  test(`each page's HTML and stylesheets fit in the first round trip: ${BROTLI_BUDGET.firstPaint.toLocaleString('en-US')} bytes brotli`, () => {
    const over = sitemapPages.flatMap((page) =>
      firstPaintOverBudget(page, (url) => brotliFileSizeOf(distDir, url), BROTLI_BUDGET.firstPaint),
    );
    expect(over).toEqual([]);
  });

  test(`the inline script a page runs is at most ${kb(BROTLI_BUDGET.inlineScript)} brotli`, () => {
    const over = sitemapPages.flatMap((page) => {
      const bytes = brotliBytes(inlineScripts(page).join('\n'));
      return bytes > BROTLI_BUDGET.inlineScript
        ? [
            `${page.urlPath}: the inline script is ${kb(bytes)} brotli, over the ${kb(BROTLI_BUDGET.inlineScript)} budget`,
          ]
        : [];
    });
    expect(over).toEqual([]);
  });

  test('no page of the sitemap but a tool loads a script file before the visitor interacts', () => {
    const loading = sitemapPages
      .filter((page) => !TOOL_PAGES.has(page.urlPath))
      .flatMap((page) => externalScripts(page).map((src) => `${page.urlPath}: loads ${src} as it opens`));
    expect(loading).toEqual([]);
  });
});

describe('the example association’s site, built under a base path, keeps the same budget', () => {
  test(`each page's HTML and stylesheets fit in ${BROTLI_BUDGET.firstPaint.toLocaleString('en-US')} bytes brotli`, () => {
    const ownDist = inject('baseDistDir');
    // Its stylesheets are linked under the base path; its files are at the root of its dist/.
    const inDist = (url: string) => (url.startsWith(TEST_BASE_PATH) ? `/${url.slice(TEST_BASE_PATH.length)}` : url);
    const own = loadBuiltPages(ownDist).filter((page) => page.urlPath !== '/404');
    expect(own.some((page) => page.urlPath === '/events/')).toBe(true);
    const over = own.flatMap((page) =>
      firstPaintOverBudget(page, (url) => brotliFileSizeOf(ownDist, inDist(url)), BROTLI_BUDGET.firstPaint),
    );
    expect(over).toEqual([]);
  });
});

describe('page weight budgets in gzip', () => {
  test('checks every content page, benefit pages among them', () => {
    expect(contentPages.length).toBeGreaterThan(5);
    expect(contentPages.some((page) => page.urlPath.startsWith('/benefits/') && page.urlPath !== '/benefits/')).toBe(
      true,
    );
  });

  test(`each content page's HTML is at most ${kb(BUDGET.html)} gzip`, () => {
    expect(overBudget(contentPages, (page) => gzipBytes(page.html), BUDGET.html, 'the HTML')).toEqual([]);
  });

  test(`all the CSS a page loads is at most ${kb(BUDGET.css)} gzip`, () => {
    const css = (page: BuiltPage) => stylesheets(page).reduce((sum, href) => sum + gzipSizeOf(distDir, href), 0);
    expect(overBudget(pages, css, BUDGET.css, 'the CSS')).toEqual([]);
  });

  test(`a first visit to a benefit page downloads at most ${kb(BUDGET.firstVisit)} gzip in all`, () => {
    const benefitPages = contentPages.filter((page) => /^\/benefits\/[^/]+\/$/.test(page.urlPath));
    expect(benefitPages.length).toBeGreaterThan(0);
    const firstVisit = (page: BuiltPage) =>
      gzipBytes(page.html) +
      [...new Set(firstVisitFiles(page, distDir))].reduce((sum, url) => sum + gzipSizeOf(distDir, url), 0);
    expect(overBudget(benefitPages, firstVisit, BUDGET.firstVisit, 'the first visit')).toEqual([]);
  });

  test('no content page loads a script file before the visitor interacts', () => {
    const loading = contentPages.flatMap((page) =>
      externalScripts(page).map((src) => `${page.urlPath}: loads ${src} as it opens`),
    );
    expect(loading).toEqual([]);
    const preloading = contentPages.flatMap((page) =>
      [...page.document.querySelectorAll('link[rel~="modulepreload"]')].map(
        (link) => `${page.urlPath}: preloads ${link.getAttribute('href')}`,
      ),
    );
    expect(preloading).toEqual([]);
  });

  test(`the inline script a page runs is at most ${kb(BUDGET.inlineScript)} gzip`, () => {
    const inline = (page: BuiltPage) => gzipBytes(inlineScripts(page).join('\n'));
    expect(overBudget(pages, inline, BUDGET.inlineScript, 'the inline script')).toEqual([]);
  });

  test('nothing of search is named in a content page, so nothing of it downloads before search is opened', () => {
    // The launcher names the interface bundle (searchDialog-….js) only inside an import() it runs on demand.
    const eager = contentPages.flatMap((page) =>
      [
        ...page.document.querySelectorAll(
          'link[href*="pagefind"], script[src*="pagefind"], link[href*="searchDialog"]',
        ),
      ].map((node) => `${page.urlPath}: ${node.outerHTML}`),
    );
    expect(eager).toEqual([]);
  });
});

describe('the budget check itself', () => {
  test('names the page, each file and the figure when a first paint is over budget', () => {
    const heavy = {
      urlPath: '/heavy/',
      document: new DOMParser().parseFromString('<link rel="stylesheet" href="/_astro/site.css">', 'text/html'),
    } as unknown as BuiltPage;
    const sizes: Record<string, number> = { '/heavy/': 6_591, '/_astro/site.css': 8_218 };
    expect(firstPaintOverBudget(heavy, (url) => sizes[url] ?? 0, 14_600)).toEqual([
      '/heavy/: 14,809 bytes brotli, over the 14,600 budget (HTML 6,591 + /_astro/site.css 8,218)',
    ]);
    expect(firstPaintOverBudget(heavy, (url) => sizes[url] ?? 0, 14_809)).toEqual([]);
  });

  test('names the page and the figure when a page is over budget', () => {
    const heavy = { urlPath: '/heavy/', html: 'x'.repeat(10) } as BuiltPage;
    expect(overBudget([heavy], () => 8 * 1024, BUDGET.html, 'the HTML')).toEqual([
      '/heavy/: the HTML is 8.0 KB gzip, over the 7.0 KB budget',
    ]);
    expect(overBudget([heavy], () => 7 * 1024, BUDGET.html, 'the HTML')).toEqual([]);
  });
});
