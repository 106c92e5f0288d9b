import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtFiles } from '../builtSite/builtPages.ts';

/** Up to this many pages, the whole site's excerpts travel in one file. */
export const SMALL_SITE_PAGES = 32;

/**
 * Pagefind's `maxFragments`: how many files hold the excerpts. One per page
 * costs a small site a request per result shown, while ten results there come
 * from every part of it anyway; one file is fewer requests and compresses
 * better. A large site keeps one per page, so a search fetches only what it shows.
 */
export const fragmentFilesFor = (pageCount: number) => (pageCount <= SMALL_SITE_PAGES ? 1 : pageCount);

/** Total pages in a Pagefind index, across languages, from the text of `pagefind-entry.json`. */
export function countIndexedPages(entryJson: string): number {
  const { languages } = JSON.parse(entryJson) as { languages?: Record<string, { page_count: number }> };
  if (!languages || typeof languages !== 'object') {
    throw new Error('pagefind-entry.json has no "languages" section: the search index is incomplete');
  }
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes the built site at `siteDir` with Pagefind's Node API into
 * `pagefind/` (pages opt in with `data-pagefind-body`). Any Pagefind error
 * fails. Returns how many pages were indexed, of how many.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ indexed: number; pages: number }> {
  const pages = (await builtFiles(siteDir)).filter((file) => file.endsWith('.html')).length;
  const outputPath = join(siteDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments: fragmentFilesFor(pages) });
    if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath });
    const failures = [...errors, ...added.errors, ...written.errors];
    if (failures.length > 0) throw new Error(`Pagefind failed:\n${failures.join('\n')}`);
  } finally {
    await pagefind.close();
  }
  // Pagefind's ready-made interfaces (about 370 KB) and highlighter: the site has its own (src/client/).
  const unused = (await readdir(outputPath)).filter((name) =>
    /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name),
  );
  await Promise.all(unused.map((name) => rm(join(outputPath, name))));
  const indexed = countIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return { indexed, pages };
}
