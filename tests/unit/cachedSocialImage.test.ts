import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedSocialImage, socialImageCacheKey } from '../../src/lib/seo/cachedSocialImage.ts';

const text = {
  title: 'Get training',
  subtitle: 'Keep your skills current.',
  icon: 'training' as const,
  siteName: 'Site',
};
const cacheDir = await mkdtemp(join(tmpdir(), 'social-image-cache-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('kept link-preview images', () => {
  test('the same text gets the same name; any change to what is drawn gets another', async () => {
    const key = await socialImageCacheKey(text);
    expect(await socialImageCacheKey({ ...text })).toBe(key);
    expect(await socialImageCacheKey({ ...text, title: 'Get trained' })).not.toBe(key);
    expect(await socialImageCacheKey({ ...text, icon: 'advocacy' })).not.toBe(key);
    expect(await socialImageCacheKey({ ...text, subtitle: undefined })).not.toBe(key);
  });

  test('pages built at the same time with the same preview share one drawing', async () => {
    const dir = join(cacheDir, 'together');
    const images = await Promise.all([cachedSocialImage(text, dir), cachedSocialImage({ ...text }, dir)]);
    expect(Buffer.compare(images[0], images[1])).toBe(0);
    expect(await readdir(dir)).toEqual([`${await socialImageCacheKey(text)}.png`]);
  });

  test('an image is drawn once, kept, and read back on the next build', async () => {
    const dir = join(cacheDir, 'alone');
    const drawn = await cachedSocialImage(text, dir);
    expect(drawn.subarray(1, 4).toString()).toBe('PNG');
    expect(await readdir(dir)).toEqual([`${await socialImageCacheKey(text)}.png`]);
    // A kept file is used as it is: replacing it shows the image is read, not redrawn.
    await writeFile(join(dir, `${await socialImageCacheKey(text)}.png`), 'kept');
    expect((await cachedSocialImage(text, dir)).toString()).toBe('kept');
  });
});
