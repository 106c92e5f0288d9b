import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from './astroCli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
  }
}

/** The repository address the tested build is given. */
export const TEST_REPOSITORY_URL = 'https://git.example/library-association-benefits/';

/** Groups that read dist/; running only the others skips the build. */
const NEEDS_BUILD = new Set(['site', 'browser']);

/**
 * Builds the site once per test run, so every built-site and browser test
 * reads the same output. It builds into a folder of its own, so a running
 * `npm start` or a second test run never swaps dist/ out from under it.
 */
export default async function buildSite(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!project.vitest.projects.some((selected) => NEEDS_BUILD.has(selected.name))) {
    project.provide('distDir', '');
    return undefined;
  }
  const workDir = await mkdtemp(join(tmpdir(), 'site-under-test-'));
  const distDir = join(workDir, 'dist');
  project.provide('distDir', distDir);
  const started = Date.now();
  // A repository address (on the reserved .example domain) so the "Edit this page" links are built and tested.
  const { code, output } = await runAstro(['build', '--force', '--outDir', distDir], {
    REPOSITORY_URL: TEST_REPOSITORY_URL,
  });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  console.log(`Built the site for the tests in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return () => rm(workDir, { recursive: true, force: true });
}
