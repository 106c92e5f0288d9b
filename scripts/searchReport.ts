/**
 * The search query table (tests/searchQueries.ts) run through the built
 * site's own search page in Chromium, printed with hits and misses:
 * `npm run search:report`. Reads dist/ (run `npm run build` first). Exits
 * with 1 when the table's contract does not hold, so CI can run it too.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { runQueryTable } from '../tests/support/searchQueryReport.ts';
import { serveDirectory } from '../tests/support/staticServer.ts';
import { SEARCH_QUERIES } from '../tests/searchQueries.ts';

const distDir = resolve('dist');
if (!existsSync(resolve(distDir, 'pagefind', 'pagefind.js'))) {
  console.error('No built site with a search index in dist/: run `npm run build` first.');
  process.exit(2);
}
const server = await serveDirectory(distDir);
const browser = await launchChromium();
try {
  const report = await runQueryTable(browser, server.url, SEARCH_QUERIES);
  console.log(report.text);
  process.exitCode = report.passes ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
