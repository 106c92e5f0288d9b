import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SMALL_SITE_FRAGMENT_FILES, SMALL_SITE_PAGES } from '../../src/lib/search/searchIndexSize.ts';
import { createPageReader, searchIndexReader } from '../../src/integrations/searchIndexReader.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

function page(number: number) {
  return {
    path: `/benefits/page-${number}/`,
    route: '/benefits/[slug]',
    html: `<!doctype html><html lang="en"><head><title>Page ${number}</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>Benefit ${number}</h1><p>Mentoring and training, part ${number}.</p></article></body></html>`,
  };
}

/** Indexes `count` pages (and a page that opts out) with the reader, as the build would; the written files. */
async function indexPages(count: number) {
  const siteDir = await mkdtemp(join(tmpdir(), 'search-index-reader-'));
  folders.push(siteDir);
  const reader = createPageReader({});
  for (let number = 1; number <= count; number++) await reader.read(page(number));
  await reader.read({
    path: '/404.html',
    route: '/404',
    html: '<html lang="en"><body><h1>Not found</h1></body></html>',
  });
  const result = await reader.finish(siteDir);
  const files = async (folder: string) => (await readdir(join(siteDir, 'pagefind', folder))).sort();
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return { result, fragments: await files('fragment'), index: await files('index'), entry, siteDir };
}

describe('the search index built from pages as they render', () => {
  test('indexes only pages that opt in, and bundles a small site’s excerpts into a few files', async () => {
    const { result, fragments } = await indexPages(5);
    expect(result).toMatchObject({ indexed: 5, rendered: 6 });
    expect(fragments).toHaveLength(SMALL_SITE_FRAGMENT_FILES);
  });

  test('gives a larger site one excerpt file per page, so a search fetches only what it shows', async () => {
    const pages = SMALL_SITE_PAGES + 8;
    const { result, fragments } = await indexPages(pages);
    expect(result).toMatchObject({ indexed: pages, rendered: pages + 1 });
    expect(fragments).toHaveLength(pages);
  });

  test('sends pages one at a time, in an order that cannot change between builds, for the same index', async () => {
    // Pagefind numbers pages as they arrive; two in flight at once could arrive either way round.
    const arrived: string[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const siteDir = await mkdtemp(join(tmpdir(), 'search-index-order-'));
    folders.push(siteDir);
    const standIn: Parameters<typeof searchIndexReader>[0] = {
      close: async () => null,
      createIndex: async () => ({
        errors: [],
        index: {
          addHTMLFile: async ({ url }: { url?: string }) => {
            inFlight += 1;
            mostInFlight = Math.max(mostInFlight, inFlight);
            // Later pages answer sooner, as a busy indexer might.
            await new Promise((resolve) => setTimeout(resolve, 50 - arrived.length));
            arrived.push(url ?? '');
            inFlight -= 1;
            return { errors: [], file: { url: url ?? '', meta: {}, uniqueWords: 1 } };
          },
          writeFiles: async ({ outputPath }: { outputPath?: string }) => {
            await mkdir(outputPath ?? '', { recursive: true });
            await writeFile(join(outputPath ?? '', 'pagefind-entry.json'), '{"languages":{"en":{"page_count":40}}}');
            return { errors: [], outputPath: outputPath ?? '' };
          },
        } as never,
      }),
    };
    const reader = searchIndexReader(standIn);
    const pages = Array.from({ length: SMALL_SITE_PAGES + 8 }, (_, number) => page(number + 1));
    // Pages of single-page routes, whose order Astro does not fix, among them.
    const singles = ['/search/', '/', '/about/'].map((path) => ({
      path,
      route: path.replace(/\/$/, '') || '/',
      html: '',
    }));
    const all = [...pages.slice(0, 10), ...singles, ...pages.slice(10)];
    // Read all at once, as if pages came faster than they are indexed.
    await Promise.all(all.map((each) => reader.read(each)));
    await reader.finish(siteDir);
    expect(mostInFlight).toBe(1);
    expect(arrived).toEqual([...pages.map((each) => each.path), '/', '/about/', '/search/']);
  });
});
