import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';
import { TEST_BUILD_ENV } from '../support/buildSite.ts';

/*
 * The same content builds to the same site, byte for byte, search index
 * included: pages render several at a time, so this is what proves nothing
 * in the output depends on the order they finish in, or on Astro's cache.
 * A host then re-sends only what changed, and visitors' browsers keep the
 * search files they already have. Built from a copy of content/, which has
 * a cache of its own, and compared with the tests' shared build.
 */

let workDir: string;

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Map<string, Buffer>();
  for (const entry of names) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), await readFile(path));
  }
  return files;
}

test('building the same content again gives the same files', async () => {
  workDir = await mkdtemp(join(tmpdir(), 'reproducible-build-'));
  const content = join(workDir, 'content');
  await cp('content', content, { recursive: true });
  const outDir = join(workDir, 'again');
  const { code, output } = await runAstro(['build', '--force', '--outDir', outDir], {
    ...TEST_BUILD_ENV,
    CONTENT_DIR: content,
  });
  expect(code, output).toBe(0);
  const [first, second] = await Promise.all([filesOf(inject('distDir')), filesOf(outDir)]);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const different = [...first].filter(([name, bytes]) => !second.get(name)?.equals(bytes));
  expect(different.map(([name]) => name)).toEqual([]);
  expect([...first.keys()].some((name) => name.includes('/pagefind/index/'))).toBe(true);
});
