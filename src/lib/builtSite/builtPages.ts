import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { shownPath } from '../contentChecks/findSymbolicLinks.ts';
import { CONTENT_DIR } from '../site/contentDir.ts';
import { EDITOR_PATH } from './securityHeaders.ts';

/** Every file of the built site, relative to `siteDir`, with forward slashes, sorted. */
export async function builtFiles(siteDir: string): Promise<string[]> {
  return (await readdir(siteDir, { recursive: true })).map((file) => file.split(sep).join('/')).sort();
}

/** A page of the built site. */
export interface BuiltPage {
  /** Its file, relative to the site folder: `benefits/training/index.html`. */
  file: string;
  /** Its address without the base path: `/benefits/training/` (and `404.html` is `/404.html`). */
  path: string;
  html: string;
}

/**
 * Whether a built file (relative to the site folder) belongs to the browser
 * editor (src/pages/admin/). It is a tool for editors, not a page of the
 * site: it has its own security policy, is never indexed, and is left out of
 * every check of the site's pages, by this one rule.
 */
export const isEditorFile = (file: string): boolean => file.startsWith(EDITOR_PATH);

/** Every HTML page of the site in `siteDir`, in a fixed order; the editor's is not one of them. */
export async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const files = (await builtFiles(siteDir)).filter((file) => file.endsWith('.html') && !isEditorFile(file));
  return Promise.all(
    files.map(async (file) => ({
      file,
      path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      html: await readFile(join(siteDir, file), 'utf8'),
    })),
  );
}

/**
 * Stops the build over `problems`, so nothing half-right can be published:
 * removes the whole output folder and throws one message listing every problem.
 */
export async function refusePublishing(siteDir: string, what: string, problems: readonly string[]): Promise<never> {
  await rm(siteDir, { recursive: true, force: true });
  throw new Error(
    `${what}, so nothing was published (${shownPath(siteDir)} removed):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
}

/**
 * Where a problem on the page at `path` is: the content file it comes from,
 * if any, so an editor knows which file to open, and the page.
 */
export function whereIs(path: string): string {
  const [, section = '', id] = /^\/(?:(benefits|for)\/)?([^/]+)\/$/.exec(path) ?? [];
  const folder = `${CONTENT_DIR}/${section === 'for' ? 'roles' : section || 'pages'}`;
  const source = id && [`${folder}/${id}.mdx`, `${folder}/${id}.md`].find((file) => existsSync(file));
  return source ? `${source} (page ${path})` : path;
}
