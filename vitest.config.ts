import { defineConfig } from 'vitest/config';

/*
 * Four groups, from fastest to slowest:
 * - unit: pure logic and schemas, no build;
 * - content: the real content pipeline run on broken fixture files;
 * - site: the built HTML in dist/, parsed;
 * - browser: dist/ served on loopback and driven in Chromium.
 * The global setup builds the site (twice: at the root, and under a base path
 * with a publisher) for the site and browser tests, and for the content
 * test that compares a build of its own with it.
 *
 * unit, site and browser run two files at a time, one per core: a browser
 * test waits on Chromium about as much as it computes. content runs after
 * them, one file at a time: each of its files runs Astro, and Astro
 * processes on one project share its generated .astro/ folder, so two at
 * once would read each other's content.
 */
/** The groups that run side by side, two files at a time. */
const TOGETHER = { maxWorkers: 2, sequence: { groupOrder: 0 } } as const;
/**
 * Pure tests (no mocks, no changes to globals) share one module cache per worker instead of
 * loading Zod, the Markdown processor and the rest again for every file: about two thirds of their time.
 */
const SHARED_MODULES = { isolate: false } as const;

export default defineConfig({
  test: {
    // CI also writes a machine-readable report, which .ci/run sums up in one line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    globalSetup: ['tests/support/buildSite.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...TOGETHER, ...SHARED_MODULES } },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...TOGETHER, ...SHARED_MODULES } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A poll waits for a state the page reaches after a timer or an async step (a clipboard write,
          // a typing pause); its default one second made it a hidden speed test that a busy machine failed.
          // Speed is the bench's to measure; a poll may take what the test may.
          expect: { poll: { timeout: 10_000 } },
          ...TOGETHER,
        },
      },
    ],
  },
});
