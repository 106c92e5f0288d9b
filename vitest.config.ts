import { defineConfig } from 'vitest/config';

/*
 * Four groups, from fastest to slowest:
 * - unit: pure logic and schemas, no build;
 * - content: the real content pipeline run on broken fixture files;
 * - site: the built HTML in dist/, parsed;
 * - browser: dist/ served on loopback and driven in Chromium.
 * The site is built once, by the global setup, for the last two.
 *
 * unit, site and browser run two files at a time, one per core: a browser
 * test waits on Chromium about as much as it computes. content runs after
 * them, one file at a time: each of its files runs Astro, and Astro
 * processes on one project share its generated .astro/ folder, so two at
 * once would read each other's content.
 */
/** The groups that run side by side, two files at a time. */
const TOGETHER = { maxWorkers: 2, sequence: { groupOrder: 0 } } as const;

export default defineConfig({
  test: {
    // CI also writes a machine-readable report, which .ci/run sums up in one line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    globalSetup: ['tests/support/buildSite.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...TOGETHER } },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...TOGETHER } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          ...TOGETHER,
        },
      },
    ],
  },
});
