import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { iconDrawing, siteIcon } from '../../src/lib/icons/siteIcon.ts';
import { svgToPng } from '../../src/lib/seo/socialImage.ts';

/* The site's icon: the association's logo when it gives one, the general guide's own mark otherwise. */
let publicDir: string;
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0c5b58"/></svg>';
// A logo twice as wide as it is high: fitted into the square, not stretched or cut.
const WIDE_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32" fill="#1d4ed8"/></svg>';

beforeAll(async () => {
  publicDir = await mkdtemp(join(tmpdir(), 'site-icon-'));
  await mkdir(join(publicDir, 'images'));
  await writeFile(join(publicDir, 'favicon.svg'), FAVICON);
  await writeFile(join(publicDir, 'images', 'wide-logo.svg'), WIDE_LOGO);
  await writeFile(join(publicDir, 'images', 'logo.png'), svgToPng(WIDE_LOGO, 64));
});

afterAll(() => rm(publicDir, { recursive: true, force: true }));

/** The red, green, blue and alpha of the pixel at (x, y) of a PNG drawn from `svg`, `size` pixels square. */
const pixel = (svg: string, size: number, x: number, y: number) => {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  const at = (y * image.width + x) * 4;
  return [...image.pixels.subarray(at, at + 4)];
};

describe('the site’s icon', () => {
  test('is the logo when there is one, with its type, and the site’s own mark otherwise', () => {
    expect(siteIcon(undefined)).toEqual({ path: '/favicon.svg', type: 'image/svg+xml' });
    expect(siteIcon('/images/logo.svg')).toEqual({ path: '/images/logo.svg', type: 'image/svg+xml' });
    expect(siteIcon('/images/logo.png')).toEqual({ path: '/images/logo.png', type: 'image/png' });
  });

  test('the site’s own mark loses its rounded corners on a home screen only', () => {
    expect(iconDrawing(publicDir, undefined, false)).toBe(FAVICON);
    expect(iconDrawing(publicDir, undefined, true)).not.toContain('rx=');
  });

  test.each(['/images/wide-logo.svg', '/images/logo.png'])('%s is drawn square, whole and centred', (logo) => {
    const drawing = iconDrawing(publicDir, logo, true);
    expect(svgToPng(drawing, 192).readUInt32BE(16)).toBe(192);
    // The middle row holds the logo; above and below it the square stays clear.
    expect(pixel(drawing, 64, 32, 32)).toEqual([0x1d, 0x4e, 0xd8, 255]);
    expect(pixel(drawing, 64, 32, 4)[3]).toBe(0);
    expect(pixel(drawing, 64, 32, 60)[3]).toBe(0);
  });
});
