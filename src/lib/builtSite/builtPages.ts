import { readdir, rm } from 'node:fs/promises';
import { relative, sep } from 'node:path';
// With the extension: also loaded by Node itself on the page readers' worker thread (see renderedPages.ts).
import { settleBackgroundWork } from '../../integrations/backgroundWork.ts';

/** Every file of the built site, relative to `siteDir`, with forward slashes. */
export async function builtFiles(siteDir: string): Promise<string[]> {
  return (await readdir(siteDir, { recursive: true })).map((file) => file.split(sep).join('/'));
}

/** The address a built HTML file is served at: `benefits/a/index.html` → `/benefits/a/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Stops the build over `problems`, so nothing half-right can be published:
 * lets background work (search indexing) finish writing, removes the whole
 * output folder, and throws one message listing every problem.
 */
export async function refusePublishing(siteDir: string, what: string, problems: readonly string[]): Promise<never> {
  await settleBackgroundWork();
  await rm(siteDir, { recursive: true, force: true });
  throw new Error(
    `${what}, so nothing was published (${relative(process.cwd(), siteDir) || siteDir} removed):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
}
