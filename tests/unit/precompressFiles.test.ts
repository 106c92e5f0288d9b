import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { precompressFiles } from '../../src/lib/builtSite/precompressFiles.ts';

const root = await mkdtemp(join(tmpdir(), 'precompress-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${'<p>Words a visitor reads, again and again.</p>'.repeat(50)}</body></html>`;

async function site(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const siteDir = join(root, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(siteDir, file, '..'), { recursive: true });
    await writeFile(join(siteDir, file), content);
  }
  return siteDir;
}

test('writes a brotli and a gzip copy beside each text file, which unpack to the same bytes', async () => {
  const siteDir = await site('text', {
    'index.html': page,
    'benefits/a/index.html': page.replace('A page', 'Another'),
    '_astro/site.css': 'body{color:red}'.repeat(40),
    '_astro/tool.js': 'console.log("a tool");'.repeat(40),
    'manifest.webmanifest': JSON.stringify({ name: 'The site', icons: [{ src: '/icon.png' }] }).repeat(5),
  });
  const result = await precompressFiles(siteDir);
  expect(result).toEqual({ files: 5, written: 10, reused: 0 });
  for (const file of [
    'index.html',
    'benefits/a/index.html',
    '_astro/site.css',
    '_astro/tool.js',
    'manifest.webmanifest',
  ]) {
    const original = await readFile(join(siteDir, file));
    expect(brotliDecompressSync(await readFile(join(siteDir, `${file}.br`))).equals(original), file).toBe(true);
    expect(gunzipSync(await readFile(join(siteDir, `${file}.gz`))).equals(original), file).toBe(true);
  }
});

test('keeps no copy that is not smaller, and leaves images alone', async () => {
  const siteDir = await site('skipped', {
    'robots.txt': 'User-agent: *',
    'icon.png': Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  });
  expect(await precompressFiles(siteDir)).toEqual({ files: 1, written: 0, reused: 0 });
  for (const file of ['robots.txt', 'icon.png']) {
    expect(existsSync(join(siteDir, `${file}.br`)), file).toBe(false);
    expect(existsSync(join(siteDir, `${file}.gz`)), file).toBe(false);
  }
});

test("gives Pagefind's gzipped files a brotli copy of what they hold, which Pagefind reads by its signature", async () => {
  const held = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(page.repeat(4))]);
  const siteDir = await site('pagefind', { 'pagefind/index/en_1.pf_index': gzipSync(held, { level: 6 }) });
  expect(await precompressFiles(siteDir)).toEqual({ files: 1, written: 1, reused: 0 });
  const file = join(siteDir, 'pagefind/index/en_1.pf_index');
  expect(brotliDecompressSync(await readFile(`${file}.br`)).equals(held)).toBe(true);
  expect((await readFile(`${file}.br`)).length).toBeLessThan((await readFile(file)).length);
  expect(existsSync(`${file}.gz`)).toBe(false);
});

test('gives the same bytes on every run, so a host re-sends only what changed', async () => {
  const first = await site('first', { 'index.html': page });
  const second = await site('second', { 'index.html': page });
  await precompressFiles(first);
  await precompressFiles(second);
  for (const suffix of ['.br', '.gz']) {
    const [a, b] = await Promise.all([first, second].map((dir) => readFile(join(dir, `index.html${suffix}`))));
    expect(a?.equals(b as Buffer), suffix).toBe(true);
  }
});

test('compresses at the highest settings: brotli quality 11, gzip level 9', async () => {
  const siteDir = await site('levels', { 'index.html': page });
  await precompressFiles(siteDir);
  const [br, gz] = await Promise.all(['.br', '.gz'].map((suffix) => readFile(join(siteDir, `index.html${suffix}`))));
  const highest = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  expect(br?.length).toBe(highest.length);
  expect(gz?.equals(gzipSync(page, { level: 9 }))).toBe(true);
});

test('with a cache, a rebuild compresses only the files that changed, with the same bytes, and forgets the rest', async () => {
  const cacheDir = join(root, 'cache');
  const first = await site('cached-1', { 'index.html': page, 'about/index.html': page.replace('A page', 'About') });
  expect(await precompressFiles(first, cacheDir)).toEqual({ files: 2, written: 4, reused: 0 });
  const second = await site('cached-2', { 'index.html': page, 'about/index.html': page.replace('A page', 'Changed') });
  // The home page is as it was: its two copies come from the cache; the changed page is compressed again.
  expect(await precompressFiles(second, cacheDir)).toEqual({ files: 2, written: 4, reused: 2 });
  for (const suffix of ['.br', '.gz']) {
    const [made, fromCache] = await Promise.all([
      readFile(join(first, `index.html${suffix}`)),
      readFile(join(second, `index.html${suffix}`)),
    ]);
    expect(fromCache.equals(made), suffix).toBe(true);
  }
  expect(gunzipSync(await readFile(join(second, 'about/index.html.gz'))).toString()).toContain('Changed');
  // Only what the last build used is kept: the first build's "About" copies are gone.
  expect((await readdir(cacheDir)).length).toBe(4);
});
