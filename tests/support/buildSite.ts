import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from './astroCli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
    /** The example association's site ({@link EXAMPLE_ASSOCIATION}), built with BASE_PATH=/library-benefits/ ({@link TEST_BASE_PATH}). */
    baseDistDir: string;
    /** What each build printed, to check its warnings. */
    buildLog: string;
    baseBuildLog: string;
  }
}

/** The repository address the tested build is given. */
export const TEST_REPOSITORY_URL = 'https://git.example/library-association-benefits/';

/** The folder the second tested build is served from. */
export const TEST_BASE_PATH = '/library-benefits/';

/**
 * The made-up association in examples/example-valley/: the second tested build is its site, the
 * first is the general guide. Its files go into a copy of content/ and public/, as an association's would.
 */
export const EXAMPLE_ASSOCIATION = {
  folder: 'examples/example-valley',
  name: 'Example Valley Library Association',
  email: 'office@example-valley-library.example',
  joinUrl: 'https://example-valley-library.example/join/',
  /**
   * SITE_URL of its build, as an association publishing its site sets it: on example.org, reserved for
   * examples, and not on the .example domain, which the site treats as the placeholder and never shows.
   */
  siteUrl: 'https://example.org/',
  /** BUILD_DATE of its build: its events on or after this day are shown, the others are over. */
  buildDate: '2026-12-08',
};

/**
 * What the first tested build is given: a repository address (on the reserved .example domain), so the
 * "Edit this page" links are built and tested.
 */
export const TEST_BUILD_ENV = { REPOSITORY_URL: TEST_REPOSITORY_URL };

/** A copy of content/ and public/ in `workDir` with the example association's files added; their paths. */
export async function withExampleAssociation(workDir: string): Promise<{ CONTENT_DIR: string; PUBLIC_DIR: string }> {
  const [contentDir, publicDir] = [join(workDir, 'content'), join(workDir, 'public')];
  await cp('content', contentDir, { recursive: true });
  await cp(`${EXAMPLE_ASSOCIATION.folder}/site`, join(contentDir, 'site'), { recursive: true });
  await cp(`${EXAMPLE_ASSOCIATION.folder}/events`, join(contentDir, 'events'), { recursive: true });
  await cp('public', publicDir, { recursive: true });
  await cp(`${EXAMPLE_ASSOCIATION.folder}/images`, join(publicDir, 'images'), { recursive: true });
  return { CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir };
}

/** Groups that read dist/ (content compares a build of its own with it); running only unit skips the build. */
const NEEDS_BUILD = new Set(['site', 'browser', 'content']);

/**
 * Builds the site once per test run (and the example association's under a base path), so
 * every built-site and browser test reads the same output. It builds into a folder of its own, so a running
 * `npm start` or a second test run never swaps dist/ out from under it.
 */
export default async function buildSite(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!project.vitest.projects.some((selected) => NEEDS_BUILD.has(selected.name))) {
    project.provide('distDir', '');
    project.provide('baseDistDir', '');
    project.provide('buildLog', '');
    project.provide('baseBuildLog', '');
    return undefined;
  }
  const workDir = await mkdtemp(join(tmpdir(), 'site-under-test-'));
  const distDir = join(workDir, 'dist');
  const baseDistDir = join(workDir, 'dist-with-base');
  project.provide('distDir', distDir);
  project.provide('baseDistDir', baseDistDir);
  const started = Date.now();
  const { code, output } = await runAstro(['build', '--force', '--outDir', distDir], TEST_BUILD_ENV);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  // Then the example association's site, as a host would build it for a folder. Not at the same time:
  // both builds write Astro's generated types in .astro/.
  const withBase = await runAstro(['build', '--force', '--outDir', baseDistDir], {
    BASE_PATH: TEST_BASE_PATH,
    SITE_URL: EXAMPLE_ASSOCIATION.siteUrl,
    // The day its events are shown from: two are to come, one is over (examples/example-valley/events/).
    BUILD_DATE: EXAMPLE_ASSOCIATION.buildDate,
    ...(await withExampleAssociation(workDir)),
  });
  if (withBase.code !== 0) throw new Error(`astro build with a base path failed:\n${withBase.output}`);
  project.provide('buildLog', output);
  project.provide('baseBuildLog', withBase.output);
  console.log(`Built the site twice for the tests in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return () => rm(workDir, { recursive: true, force: true });
}
