import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** Previews being drawn right now, by file: two pages with the same preview draw it once. */
const drawing = new Map<string, Promise<Buffer>>();

/**
 * A preview from `cacheDir` if an identical one was drawn by an earlier
 * build, otherwise drawn now and kept there. Drawing is the costliest part
 * of building a page, and almost every preview is the same as last time.
 */
export async function cachedSocialImage(text: SocialImageText, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${await socialImageCacheKey(text)}.png`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return kept;
  let drawn = drawing.get(file);
  if (!drawn) {
    drawn = drawAndKeep(text, cacheDir, file).finally(() => drawing.delete(file));
    drawing.set(file, drawn);
  }
  return drawn;
}

async function drawAndKeep(text: SocialImageText, cacheDir: string, file: string): Promise<Buffer> {
  const png = await renderSocialImage(text);
  await mkdir(cacheDir, { recursive: true });
  // Written aside under a name no other writer uses, then renamed, so no build ever reads half a file.
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
