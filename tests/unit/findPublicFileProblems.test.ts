import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findPublicFileProblems, imageSize } from '../../src/lib/contentChecks/findPublicFileProblems.ts';

/** The first bytes of a PNG of the given size: signature, then the IHDR chunk. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A JPEG start: SOI, an APP0 segment, then a SOF0 frame header of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03,
  ]);
  const view = new DataView(bytes.buffer);
  view.setUint16(13, height);
  view.setUint16(15, width);
  return bytes;
}

describe('imageSize', () => {
  test('reads PNG, GIF and JPEG headers, and nothing else', () => {
    expect(imageSize(pngHeader(20_000, 300))).toEqual({ width: 20_000, height: 300 });
    expect(imageSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02]))).toEqual({
      width: 800,
      height: 600,
    });
    expect(imageSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
  });
});

describe('findPublicFileProblems', () => {
  const root = join(tmpdir(), `public-files-${process.pid}`);
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('names files too large to publish, with size, limit and what to do; leaves the rest alone', async () => {
    await mkdir(join(root, 'images'), { recursive: true });
    await writeFile(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    await writeFile(join(root, 'images', 'fine.png'), pngHeader(1200, 800));
    await writeFile(join(root, 'images', 'huge.png'), pngHeader(20_000, 20_000));
    await writeFile(join(root, 'images', 'camera.jpg'), new Uint8Array(1_200_000));
    await writeFile(join(root, 'talk.mp4'), new Uint8Array(6_000_000));
    const where = (name: string) => relative(process.cwd(), join(root, name));
    expect(await findPublicFileProblems(root)).toEqual([
      `${where('images/camera.jpg')} is 1.2 MB, over the 1.0 MB an image may be: save it smaller (at most 4000 pixels on its longer side, as a JPEG for photos)`,
      `${where('images/huge.png')} is 20000 × 20000 pixels, over the 4000 pixels an image may have on its longer side: save it smaller`,
      `${where('talk.mp4')} is 6.0 MB, over the 5.0 MB a file in public/ may be: put large files such as videos or archives on a service made for them, and link to them`,
    ]);
  });

  test('is empty for the site’s own public/ folder', async () => {
    expect(await findPublicFileProblems('public')).toEqual([]);
  });
});
