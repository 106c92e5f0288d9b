/*
 * Page-weight budgets on the real built site, in bytes and counts (never
 * time). Each failure names the page and the figure. The benchmark
 * (`npm run bench`) measures how these grow with the content; these keep
 * today's pages honest.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';
import {
  externalScripts,
  firstVisitFiles,
  gzipBytes,
  gzipSizeOf,
  inlineScripts,
  kb,
  stylesheets,
} from '../support/pageWeight.ts';

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
 * file as they open. Everything else is a content page.
 */
const TOOL_PAGES = new Set(['/search/', '/value/', '/make-the-case/']);

const distDir = inject('distDir');
let pages: BuiltPage[];
let contentPages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
  contentPages = pages.filter((page) => !TOOL_PAGES.has(page.urlPath));
});

/** The pages over budget, each as "page: figure (budget)"; empty when all fit. */
function overBudget(of: BuiltPage[], measure: (page: BuiltPage) => number, budget: number, what: string): string[] {
  return of.flatMap((page) => {
    const bytes = measure(page);
    return bytes > budget ? [`${page.urlPath}: ${what} is ${kb(bytes)} gzip, over the ${kb(budget)} budget`] : [];
  });
}

describe('page weight budgets', () => {
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
  test('names the page and the figure when a page is over budget', () => {
    const heavy = { urlPath: '/heavy/', html: 'x'.repeat(10) } as BuiltPage;
    expect(overBudget([heavy], () => 8 * 1024, BUDGET.html, 'the HTML')).toEqual([
      '/heavy/: the HTML is 8.0 KB gzip, over the 7.0 KB budget',
    ]);
    expect(overBudget([heavy], () => 7 * 1024, BUDGET.html, 'the HTML')).toEqual([]);
  });
});
