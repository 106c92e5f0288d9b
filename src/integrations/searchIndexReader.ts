/*
 * The search index's page reader (see pagefindIndex.ts and renderedPages.ts):
 * runs on the worker thread, so its imports name their files with the extension.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { countIndexedPages, fragmentFilesFor, SMALL_SITE_PAGES } from '../lib/search/searchIndexSize.ts';
import type { CreatePageReader, RenderedPage } from './renderedPages.ts';

export interface SearchIndexResult {
  /** Pages in the index (those with `data-pagefind-body`), and pages the build rendered. */
  indexed: number;
  rendered: number;
  /** Time Pagefind spent on this build's pages and files, most of it beside Astro's rendering. */
  busySeconds: number;
}

/** The Node API's index, as createIndex gives it. */
type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Pagefind's ready-made interfaces (about 370 KB) are written beside the
 * index. The site has its own search interface, so they would only be dead weight.
 */
async function removeUnusedUi(pagefindDir: string): Promise<void> {
  const unused = (await readdir(pagefindDir)).filter((name) =>
    /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/.test(name),
  );
  await Promise.all(unused.map((name) => rm(join(pagefindDir, name))));
}

/**
 * Hands each page to Pagefind's process as it is rendered, so indexing runs
 * on the other core while Astro renders the rest; writes the index into
 * `pagefind/` once the pages are written. Pagefind numbers pages in the order
 * they arrive, so for the same index, byte for byte, from the same content,
 * they go one at a time and in an order that does not change between builds:
 * the pages of routes with many pages (`/benefits/[slug]`) as they come,
 * since Astro starts them in a fixed order and nothing delays one more than
 * another; the pages of single-page routes (`/`, `/search`) at the end, by
 * path, since Astro loads each such route's code on its first page, which
 * can let a later one overtake an earlier one.
 *
 * How many files the excerpts go in depends on the size of the site
 * (fragmentFilesFor), which is known only at the end; so the first pages
 * are held back until the site is known to be larger than a small one.
 */
export const createPageReader: CreatePageReader<Record<string, never>, SearchIndexResult> = () =>
  searchIndexReader(pagefind);

/** The reader, given Pagefind's Node API (the tests give a stand-in that watches the order pages arrive in). */
export function searchIndexReader(
  api: Pick<typeof pagefind, 'createIndex' | 'close'>,
): ReturnType<CreatePageReader<Record<string, never>, SearchIndexResult>> {
  const held: RenderedPage[] = [];
  const singlePages: RenderedPage[] = [];
  const errors: string[] = [];
  let index: Index | undefined;
  let rendered = 0;
  let busy = 0;

  async function timed<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      busy += performance.now() - started;
    }
  }
  async function open(maxFragments: number | undefined): Promise<Index> {
    const created = await timed(() => api.createIndex(maxFragments === undefined ? {} : { maxFragments }));
    if (!created.index) throw new Error(`Pagefind could not start:\n${created.errors.join('\n')}`);
    errors.push(...created.errors);
    return created.index;
  }
  async function send(to: Index, pages: readonly RenderedPage[]): Promise<void> {
    for (const page of pages) {
      const added = await timed(() => to.addHTMLFile({ url: page.path, content: page.html }));
      errors.push(...added.errors);
    }
  }

  /** Pages are taken one after another even if read() is called again before the last one is sent. */
  async function take(page: RenderedPage): Promise<void> {
    if (index) return send(index, [page]);
    held.push(page);
    if (rendered <= SMALL_SITE_PAGES) return;
    // Larger than a small site: one excerpt file per page (Pagefind's default), so start indexing now.
    index = await open(undefined);
    await send(index, held.splice(0));
  }
  let taken: Promise<void> = Promise.resolve();

  return {
    read(page) {
      rendered += 1;
      if (!page.route?.includes('[')) {
        singlePages.push(page);
        return taken;
      }
      taken = taken.then(() => take(page));
      return taken;
    },
    async finish(siteDir) {
      try {
        await taken;
        if (!index) index = await open(fragmentFilesFor(rendered));
        await send(index, [...held.splice(0), ...singlePages.sort((a, b) => (a.path < b.path ? -1 : 1))]);
        const outputPath = join(siteDir, 'pagefind');
        const finished = index;
        const written = await timed(() => finished.writeFiles({ outputPath }));
        errors.push(...written.errors);
        if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
        await removeUnusedUi(outputPath);
        const indexed = countIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
        return { indexed, rendered, busySeconds: busy / 1000 };
      } finally {
        await api.close();
      }
    },
  };
}
