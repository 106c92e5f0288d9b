import { expect, inject, test } from 'vitest';
import { REQUIRED_HIT_RATE, SEARCH_QUERIES } from '../searchQueries.ts';
import { builtSiteInChromium } from '../support/browser.ts';
import { runQueryTable } from '../support/searchQueryReport.ts';

/*
 * The query table (tests/searchQueries.ts), run through the built site's own
 * search page in Chromium: the measure of whether search answers what
 * visitors type. `npm run search:report` prints the same table.
 */
const site = builtSiteInChromium(inject('distDir'));
const TOOL_PATHS = ['/value/', '/make-the-case/'];

test('the query table holds at least 40 queries of every kind', () => {
  expect(SEARCH_QUERIES.filter((row) => row.pages.length > 0).length).toBeGreaterThanOrEqual(40);
  const kinds = new Set(SEARCH_QUERIES.map((row) => row.kind));
  expect([...kinds].sort()).toEqual(['misspelling', 'no answer', 'other words', 'question', 'word']);
});

test(
  `at least ${REQUIRED_HIT_RATE * 100}% of answerable queries find an expected page in the top three, and the rest show the empty state`,
  { timeout: 180_000 },
  async () => {
    const report = await runQueryTable(site.browser(), site.server().url, SEARCH_QUERIES);
    console.log(report.text);
    expect(report.answered / report.answerable, report.text).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
    const wrongPages = report.results.filter((result) => result.pages.length === 0 && !result.hit);
    expect(
      wrongPages.map((result) => `${result.query}: ${result.said} ${result.topThree.join(', ')}`),
      'queries no page answers must show the empty state',
    ).toEqual([]);
    // A tool comes before content only when the query asks for one, as the rows expecting a tool do.
    const isTool = (path: string) => TOOL_PATHS.includes(path);
    const toolFirst = report.results.filter(
      (result) =>
        !result.pages.some(isTool) &&
        result.topThree.findIndex(isTool) !== -1 &&
        result.topThree.findIndex(isTool) < result.topThree.findLastIndex((path) => !isTool(path)),
    );
    expect(toolFirst.map((result) => `${result.query}: ${result.topThree.join(', ')}`)).toEqual([]);
  },
);
