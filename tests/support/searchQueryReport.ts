import type { Browser } from 'playwright-core';
import { REQUIRED_HIT_RATE, type QueryCase } from '../searchQueries.ts';

/** What the site's own search page showed for one query of the table. */
interface QueryResult extends QueryCase {
  /** The first three pages listed, by address. */
  topThree: string[];
  /** Whether the "nothing found" help was shown. */
  emptyState: boolean;
  /** What the status line said. */
  said: string;
  hit: boolean;
}

export interface QueryReport {
  results: QueryResult[];
  answerable: number;
  answered: number;
  unanswerable: number;
  emptyShown: number;
  /** Whether the table's contract holds: the hit rate, and the empty state for every query no page answers. */
  passes: boolean;
  text: string;
}

/**
 * Runs every query through the site's own search page (`/search/?q=…`) at
 * `siteUrl`, as a visitor's browser would, and reads what it lists.
 */
export async function runQueryTable(
  browser: Browser,
  siteUrl: string,
  table: readonly QueryCase[],
): Promise<QueryReport> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const results: QueryResult[] = [];
  try {
    for (const row of table) {
      await page.goto(new URL(`search/?q=${encodeURIComponent(row.query)}`, siteUrl).href);
      const panel = page.locator('[data-search-page]');
      const line = panel.locator('[data-slot="summary"]');
      // Every report after a search quotes the query (or the corrected one); the prompt before it does not start so.
      await line
        .filter({ hasText: /“/ })
        .filter({ hasNotText: /^Type a word/ })
        .waitFor({ timeout: 10_000 });
      const said = (await line.textContent()) ?? '';
      const topThree = (
        await panel
          .locator('[role=option]:not(.ml-9)')
          .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''))
      ).map((href) => href.split(/[?#]/)[0] ?? '');
      const emptyState = await panel.locator('[data-slot="empty"]').isVisible();
      const hit =
        row.pages.length === 0
          ? emptyState && topThree.length === 0
          : topThree.some((path) => row.pages.includes(path));
      results.push({ ...row, topThree, emptyState, said, hit });
    }
  } finally {
    await context.close();
  }
  return summarise(results);
}

function summarise(results: QueryResult[]): QueryReport {
  const answerable = results.filter((result) => result.pages.length > 0);
  const unanswerable = results.filter((result) => result.pages.length === 0);
  const answered = answerable.filter((result) => result.hit).length;
  const emptyShown = unanswerable.filter((result) => result.hit).length;
  const rate = answerable.length > 0 ? answered / answerable.length : 1;
  const passes = rate >= REQUIRED_HIT_RATE && emptyShown === unanswerable.length;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const lines = [
    `${answered} of ${answerable.length} answerable queries have an expected page in the top three (${percent(rate)}; the contract is ${percent(REQUIRED_HIT_RATE)}).`,
    `${emptyShown} of ${unanswerable.length} queries with no honest answer show the empty state.`,
    passes ? 'The contract holds.' : 'The contract does NOT hold.',
    '',
    ...table(results),
  ];
  return {
    results,
    answerable: answerable.length,
    answered,
    unanswerable: unanswerable.length,
    emptyShown,
    passes,
    text: lines.join('\n'),
  };
}

/** The rows as a plain-text table, misses marked, for a terminal. */
function table(results: readonly QueryResult[]): string[] {
  const shorten = (path: string) => path.replace(/^\/benefits\//, 'b/').replace(/^\/for\//, 'for/');
  const rows = results.map((result) => [
    result.hit ? 'hit' : 'MISS',
    result.kind,
    result.query,
    result.pages.length > 0 ? result.pages.map(shorten).join(' or ') : '(empty state)',
    result.topThree.length > 0 ? result.topThree.map(shorten).join(', ') : '(empty state)',
  ]);
  const header = ['', 'kind', 'query', 'expected in the top three', 'top three'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}
