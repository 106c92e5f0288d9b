import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtFiles } from '../builtSite/builtPages.ts';
import { countIndexedPages, fragmentFilesFor } from './searchIndexSize.ts';

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
  await removeUnusedUi(outputPath);
  const indexed = countIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return { indexed, pages };
}

/**
 * Pagefind's ready-made interfaces (about 370 KB) and its highlighter are
 * written beside the index. The site has its own search interface and its
 * own highlighter (src/client/pageHighlight.ts), so they would only be dead weight.
 */
async function removeUnusedUi(pagefindDir: string): Promise<void> {
  const unused = (await readdir(pagefindDir)).filter((name) =>
    /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name),
  );
  await Promise.all(unused.map((name) => rm(join(pagefindDir, name))));
}
