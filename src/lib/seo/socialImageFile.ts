import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import resvgPackage from '@resvg/resvg-js/package.json' with { type: 'json' };
import satoriPackage from 'satori/package.json' with { type: 'json' };
import { fontFingerprint, renderSocialImage, socialImageLayout, type SocialImageText } from './socialImage.ts';

/**
 * The name a preview is kept under: a hash of everything that decides its
 * pixels (the finished layout with its text, colours and sizes, the fonts,
 * and the versions of the two libraries that draw it). Change any of them
 * and the name changes, so a kept image is never stale.
 */
export async function socialImageCacheKey(text: SocialImageText): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify(socialImageLayout(text)))
    .update(await fontFingerprint())
    .update(`satori ${satoriPackage.version}, resvg ${resvgPackage.version}`)
    .digest('hex');
}

/**
 * A preview from `cacheDir` if an identical one was drawn by an earlier
 * build, otherwise drawn now and kept there. Drawing is most of the build's
 * time per page (about 30 ms against a few ms for the page's HTML), and
 * almost every preview is the same as last time. Files used are touched, so
 * the build can remove the ones no page needs any more.
 */
export async function cachedSocialImage(text: SocialImageText, cacheDir: string): Promise<Buffer> {
  return readFile(await socialImageFile(text, cacheDir));
}

/**
 * The kept file of a preview, drawn first if no earlier build drew it. The
 * build links these into dist/og/ instead of copying the bytes through a
 * route per image (see integrations/socialImageCache.ts).
 */
export async function socialImageFile(text: SocialImageText, cacheDir: string): Promise<string> {
  const file = join(cacheDir, `${await socialImageCacheKey(text)}.png`);
  // Two pages can share a preview (two pages with one title): draw it once.
  let ready = inFlight.get(file);
  if (!ready) {
    ready = keptOrDrawn(text, cacheDir, file).finally(() => inFlight.delete(file));
    inFlight.set(file, ready);
  }
  await ready;
  return file;
}

/** Previews being checked or drawn right now, by file. */
const inFlight = new Map<string, Promise<void>>();

async function keptOrDrawn(text: SocialImageText, cacheDir: string, file: string): Promise<void> {
  const now = new Date();
  // Touched when kept, so the build can remove the ones no page needs any more.
  const kept = await utimes(file, now, now).then(
    () => true,
    () => false,
  );
  if (kept) return;
  const png = await renderSocialImage(text);
  await mkdir(cacheDir, { recursive: true });
  // Written aside under a name no other writer uses, then renamed, so no build ever reads half a file.
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
