import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentFingerprint } from '../../src/lib/search/devSearchIndex.ts';

const root = await mkdtemp(join(tmpdir(), 'dev-index-fingerprint-'));
const contentRoot = join(root, 'content');
const store = join(root, 'data-store.json');
afterAll(() => rm(root, { recursive: true, force: true }));

test('the fingerprint changes with every change the live index depends on, and only then', async () => {
  await mkdir(join(contentRoot, 'benefits'), { recursive: true });
  await mkdir(join(contentRoot, 'pages'), { recursive: true });
  await writeFile(join(contentRoot, 'benefits', 'training.mdx'), 'one');
  const first = await contentFingerprint(contentRoot, store);
  expect(await contentFingerprint(contentRoot, store)).toBe(first);

  await writeFile(join(contentRoot, 'pages', 'join.mdx'), 'a new page');
  const withPage = await contentFingerprint(contentRoot, store);
  expect(withPage).not.toBe(first);

  await writeFile(join(contentRoot, 'benefits', 'training.mdx'), 'an edit');
  await utimes(join(contentRoot, 'benefits', 'training.mdx'), new Date(), new Date(Date.now() + 5000));
  const edited = await contentFingerprint(contentRoot, store);
  expect(edited).not.toBe(withPage);

  // Astro's content store catching up with a saved file counts too.
  await writeFile(store, '{}');
  expect(await contentFingerprint(contentRoot, store)).not.toBe(edited);

  // Parked files (a leading _) and other files are not searched, so they do not count.
  const settled = await contentFingerprint(contentRoot, store);
  await writeFile(join(contentRoot, 'benefits', '_notes.mdx'), 'parked');
  await writeFile(join(contentRoot, 'benefits', 'picture.png'), 'image');
  expect(await contentFingerprint(contentRoot, store)).toBe(settled);
});
