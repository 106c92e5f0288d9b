import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** Any file in public/: more than this is a video or an archive, which belongs on a host made for it. */
const MAX_PUBLIC_FILE_BYTES = 5_000_000;
/** An image on a page: more than this is a photo straight from a camera, slow on a phone. */
const MAX_IMAGE_BYTES = 1_000_000;
/** An image's longer side: twice the widest a page shows an image, for sharp screens. */
const MAX_IMAGE_SIDE = 4000;

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif']);

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Width and height from a PNG, GIF or JPEG file's header, or undefined for other formats. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 10 && String.fromCharCode(...bytes.subarray(0, 4)) === 'GIF8') {
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) {
    // JPEG: walk the segments to the frame header (SOF0 to SOF15, not DHT, JPG or DAC).
    let at = 2;
    while (at + 9 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1] ?? 0;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      }
      at += 2 + view.getUint16(at + 2);
    }
  }
  return undefined;
}

/**
 * Files in `publicDir` (copied to the site as they are) too large to
 * publish: one message each, naming the file, its size, the limit and what
 * to do. Checked before any page is built.
 */
export async function findPublicFileProblems(publicDir: string): Promise<string[]> {
  const names = await readdir(publicDir, { recursive: true }).catch(() => [] as string[]);
  const problems: string[] = [];
  for (const name of names.sort()) {
    const file = join(publicDir, name);
    const info = await stat(file);
    if (!info.isFile()) continue;
    const where = relative(process.cwd(), file).split(sep).join('/');
    if (info.size > MAX_PUBLIC_FILE_BYTES) {
      problems.push(
        `${where} is ${megabytes(info.size)}, over the ${megabytes(MAX_PUBLIC_FILE_BYTES)} a file in public/ may be: put large files such as videos or archives on a service made for them, and link to them`,
      );
      continue;
    }
    if (!IMAGE_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    if (info.size > MAX_IMAGE_BYTES) {
      problems.push(
        `${where} is ${megabytes(info.size)}, over the ${megabytes(MAX_IMAGE_BYTES)} an image may be: save it smaller (at most ${MAX_IMAGE_SIDE} pixels on its longer side, as a JPEG for photos)`,
      );
      continue;
    }
    const size = imageSize(await readFile(file));
    if (size && Math.max(size.width, size.height) > MAX_IMAGE_SIDE) {
      problems.push(
        `${where} is ${size.width} × ${size.height} pixels, over the ${MAX_IMAGE_SIDE} pixels an image may have on its longer side: save it smaller`,
      );
    }
  }
  return problems;
}
