import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from './astroCli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
    /** The same site built with BASE_PATH=/library-benefits/ ({@link TEST_BASE_PATH}) and a publisher ({@link TEST_PUBLISHER}). */
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

/** The publisher the second tested build is given; the first has none, as a site has until it is set. */
export const TEST_PUBLISHER = { name: 'Riverside Library Guild', email: 'mistakes@guild.example' };

/**
 * What the first tested build is given: a repository address (on the reserved .example domain), so the
 * "Edit this page" links are built and tested, and no publisher, as a site has until it is set, whatever
 * the machine's environment says.
 */
export const TEST_BUILD_ENV = { REPOSITORY_URL: TEST_REPOSITORY_URL, PUBLISHER_NAME: '', PUBLISHER_CONTACT: '' };

/** Groups that read dist/ (content compares a build of its own with it); running only unit skips the build. */
const NEEDS_BUILD = new Set(['site', 'browser', 'content']);

/**
 * Builds the site once per test run (and once more under a base path), so
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
  // Then as a host would build it for a folder, with a publisher. Not at the same time: both builds share Astro's cache.
  const withBase = await runAstro(['build', '--force', '--outDir', baseDistDir], {
    BASE_PATH: TEST_BASE_PATH,
    PUBLISHER_NAME: TEST_PUBLISHER.name,
    PUBLISHER_CONTACT: TEST_PUBLISHER.email,
  });
  if (withBase.code !== 0) throw new Error(`astro build with a base path failed:\n${withBase.output}`);
  project.provide('buildLog', output);
  project.provide('baseBuildLog', withBase.output);
  console.log(`Built the site twice for the tests in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return () => rm(workDir, { recursive: true, force: true });
}
