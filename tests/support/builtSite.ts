import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMParser } from 'linkedom';
import { isEditorFile } from '../../src/lib/builtSite/builtPages.ts';

export interface BuiltPage {
  /** Path of the HTML file inside dist/, e.g. `benefits/training/index.html`. */
  file: string;
  /** The address the page is served at, e.g. `/benefits/training/`. */
  urlPath: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file in the built site, as paths relative to `distDir` with forward slashes. */
export function builtFiles(distDir: string): string[] {
  return walk(distDir).map((file) => relative(distDir, file).split(sep).join('/'));
}

/** Every HTML page of the built site, parsed once; the browser editor (/admin/) is a tool, not one of them. */
export function loadBuiltPages(distDir: string): BuiltPage[] {
  return builtFiles(distDir)
    .filter((file) => file.endsWith('.html') && !isEditorFile(file))
    .sort()
    .map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const urlPath = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
      return {
        file,
        urlPath,
        html,
        document: new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
      };
    });
}

/**
 * The file in dist/ that a site path resolves to, the way a static host
 * resolves it (`/a/` → `a/index.html`), or undefined when nothing is there.
 */
export function resolveInDist(distDir: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith('/')) return undefined; // an empty or relative address names no file
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates
    .map((candidate) => join(distDir, candidate))
    .find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

/** The page built at `urlPath` among `pages`; a page that was not built fails the test that asked for it. */
export function builtPageAt(pages: readonly BuiltPage[], urlPath: string): BuiltPage {
  const found = pages.find((candidate) => candidate.urlPath === urlPath);
  if (!found) throw new Error(`${urlPath} was not built`);
  return found;
}

/** An element's text as one line, the way a reader takes it in: runs of white space as one space. */
export const textOf = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
