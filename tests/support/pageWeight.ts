import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { resolveInDist, type BuiltPage } from './builtSite.ts';

/** Bytes as a host sends them: gzip at zlib's default level. */
export const gzipBytes = (content: string | Buffer): number => gzipSync(content).length;

/** Bytes as the build precompresses them: brotli at its highest quality. */
export const brotliBytes = (content: string | Buffer): number =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Script types a browser runs; anything else (such as JSON-LD) is data. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function isExecutable(script: Element): boolean {
  return EXECUTABLE_TYPES.has((script.getAttribute('type') ?? '').trim().toLowerCase());
}

/** The text of every inline script the browser runs on the page. */
export function inlineScripts(page: BuiltPage): string[] {
  return [...page.document.querySelectorAll('script:not([src])')]
    .filter(isExecutable)
    .map((script) => script.textContent ?? '');
}

/** Addresses of the script files the page loads as it opens (not those imported later). */
export function externalScripts(page: BuiltPage): string[] {
  return [...page.document.querySelectorAll('script[src]')]
    .filter(isExecutable)
    .map((script) => script.getAttribute('src') ?? '');
}

export function stylesheets(page: BuiltPage): string[] {
  return [...page.document.querySelectorAll('link[rel~="stylesheet"][href]')].map(
    (link) => link.getAttribute('href') ?? '',
  );
}

/**
 * Everything a first visit downloads, by address: the stylesheets, scripts,
 * images, modulepreloads, and the one icon a browser picks (the first
 * `rel=icon`), plus any font files the stylesheets name.
 */
export function firstVisitFiles(page: BuiltPage, distDir: string): string[] {
  const { document } = page;
  const attribute = (selector: string, name: string) =>
    [...document.querySelectorAll(selector)].map((node) => node.getAttribute(name) ?? '');
  const css = stylesheets(page);
  const fonts = css.flatMap((href) => {
    const file = resolveInDist(distDir, href);
    const text = file ? readFileSync(file, 'utf8') : '';
    return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1] ?? '');
  });
  return [
    ...css,
    ...externalScripts(page),
    ...attribute('link[rel~="modulepreload"]', 'href'),
    ...attribute('img[src]', 'src'),
    ...attribute('link[rel~="icon"]', 'href').slice(0, 1),
    ...fonts.filter((url) => !url.startsWith('data:')),
  ];
}

/** The gzip size of a file of the site, by address; a missing file is an error, not zero. */
export function gzipSizeOf(distDir: string, urlPath: string): number {
  const file = resolveInDist(distDir, urlPath);
  if (!file) throw new Error(`${urlPath} is referenced but not in the built site`);
  return gzipBytes(readFileSync(file));
}

/** The size of the brotli copy the build wrote beside a file of the site, by address: what a host sends. */
export function brotliFileSizeOf(distDir: string, urlPath: string): number {
  const file = resolveInDist(distDir, urlPath);
  if (!file) throw new Error(`${urlPath} is referenced but not in the built site`);
  try {
    return statSync(`${file}.br`).size;
  } catch {
    throw new Error(`${urlPath} has no brotli copy (${file}.br): the build's precompression did not run`);
  }
}
