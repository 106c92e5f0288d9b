import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  countIndexedPages,
  fragmentFilesFor,
  SMALL_SITE_PAGES,
  writeSearchIndex,
} from '../../src/lib/search/writeSearchIndex.ts';

const root = await mkdtemp(join(tmpdir(), 'search-index-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A built site of `count` searchable pages and one page that opts out. */
async function siteWith(count: number): Promise<string> {
  const siteDir = join(root, `site-${count}`);
  for (let page = 1; page <= count; page++) {
    await mkdir(join(siteDir, 'benefits', `page-${page}`), { recursive: true });
    await writeFile(
      join(siteDir, 'benefits', `page-${page}`, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${page}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>Page ${page}</h1><p>Mentoring number ${page}.</p></main></body></html>`,
    );
  }
  await writeFile(
    join(siteDir, '404.html'),
    '<!doctype html><html lang="en"><head><title>Not found</title></head><body><p>Not here.</p></body></html>',
  );
  return siteDir;
}

test('indexes the pages that opt in, and leaves out Pagefind’s ready-made interfaces and highlighter', async () => {
  const siteDir = await siteWith(3);
  expect(await writeSearchIndex(siteDir)).toEqual({ indexed: 3, pages: 4 });
  const files = await readdir(join(siteDir, 'pagefind'));
  expect(files).toContain('pagefind-entry.json');
  expect(files.filter((name) => /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
});

test('a small site’s excerpts travel in one file; a larger site’s in one file per page', async () => {
  const small = await siteWith(3);
  await writeSearchIndex(small);
  expect(await readdir(join(small, 'pagefind', 'fragment'))).toHaveLength(1);

  const large = await siteWith(40);
  await writeSearchIndex(large);
  expect(await readdir(join(large, 'pagefind', 'fragment'))).toHaveLength(40);
  expect(fragmentFilesFor(SMALL_SITE_PAGES)).toBe(1);
  expect(fragmentFilesFor(SMALL_SITE_PAGES + 1)).toBe(SMALL_SITE_PAGES + 1);
});

test('counts the pages of an index across languages, and refuses an entry file without them', () => {
  expect(countIndexedPages('{"languages":{"en":{"page_count":5},"fr":{"page_count":2}}}')).toBe(7);
  expect(() => countIndexedPages('{}')).toThrow(/incomplete/);
});
