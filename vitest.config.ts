import { defineConfig } from 'vitest/config';

/*
 * Four groups, from fastest to slowest:
 * - unit: pure logic and schemas, no build;
 * - content: the real content pipeline run on broken fixture files;
 * - site: the built HTML in dist/, parsed;
 * - browser: dist/ served on loopback and driven in Chromium.
 * The site is built once, by the global setup, for the last two.
 */
export default defineConfig({
  test: {
    // CI also writes a machine-readable report, which .ci/run sums up in one line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    globalSetup: ['tests/support/buildSite.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
