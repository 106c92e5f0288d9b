import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from './astroCli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
  }
}

/** Groups that read dist/; running only the others skips the build. */
const NEEDS_BUILD = new Set(['site', 'browser']);

/** Builds the site once per test run, so every built-site and browser test reads the same output. */
export default async function buildSite(project: TestProject): Promise<void> {
  const distDir = resolve('dist');
  project.provide('distDir', distDir);
  if (!project.vitest.projects.some((selected) => NEEDS_BUILD.has(selected.name))) return;
  const started = Date.now();
  const { code, output } = await runAstro(['build']);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  console.log(`Built the site for the tests in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
