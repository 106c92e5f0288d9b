import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { renderSocialImageSvg, socialImageLayout, type SocialImageText } from '../../src/lib/seo/socialImage.ts';
import { THEME_COLOURS } from '../../src/lib/theme/themeColours.ts';

const siteName = 'Library Association';
const subtitle = 'Keep your skills current.';

/**
 * What satori could not find a font for: it asks `loadAdditionalAsset` for
 * every such piece of text, and without one it draws each character as an
 * empty box. An empty list means the image has no boxes.
 */
async function missingGlyphs(text: SocialImageText): Promise<string[]> {
  const missing: string[] = [];
  await renderSocialImageSvg(text, {
    loadAdditionalAsset: (code, segment) => {
      missing.push(`${code}: ${segment}`);
      return Promise.resolve([]);
    },
  });
  return missing;
}

/** The text the layout draws, in order: site name, title, subtitle. */
function drawnText(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(drawnText);
  const children = (node as { props?: { children?: unknown } } | undefined)?.props?.children;
  return children === undefined ? [] : drawnText(children);
}

/** Where the glyphs of one colour of text reach, from satori's SVG (glyphs are paths in absolute coordinates). */
function glyphBounds(svg: string, colour: string) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, d = ''] of svg.matchAll(new RegExp(`<path fill="${colour}" d="([^"]+)"`, 'g'))) {
    const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    numbers.forEach((value, index) => (index % 2 === 0 ? xs : ys).push(value));
  }
  expect(xs.length).toBeGreaterThan(0);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('link-preview images in any script', () => {
  test('satori reports text no font can draw (so the checks below can fail)', async () => {
    const require = createRequire(import.meta.url);
    const latin = readFileSync(require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'));
    const missing: string[] = [];
    const node = { type: 'div', props: { style: { display: 'flex' }, children: 'Join 图书馆 📚 Łódź' } };
    await satori(node as Parameters<typeof satori>[0], {
      width: 600,
      height: 100,
      fonts: [{ name: 'Sans', data: latin, weight: 400, style: 'normal' }],
      loadAdditionalAsset: (code, segment) => {
        missing.push(`${code}: ${segment}`);
        return Promise.resolve([]);
      },
    });
    expect(missing).toEqual(expect.arrayContaining([expect.stringContaining('图书馆'), 'emoji: 📚']));
    expect(missing.join()).toContain('Ł');
  });

  test.each([
    ['Polish and Czech', 'Łódź, Kraków and Brno: członkostwo, členství'],
    ['Greek', 'Ελληνική Ένωση Βιβλιοθηκονόμων'],
    ['Russian and Ukrainian', 'Библиотечная ассоциация, Бібліотечна асоціація'],
    ['Vietnamese', 'Hội Thư viện Việt Nam'],
  ])('draws %s in the site fonts, every letter kept', async (_label, title) => {
    const text = { title, subtitle: title, siteName };
    expect(await missingGlyphs(text)).toEqual([]);
    expect(drawnText(socialImageLayout(text))).toEqual([siteName, title, title]);
  });

  test('leaves emoji and symbols no font has out of the image, and keeps the words', async () => {
    const text = {
      title: 'Attend conferences 🎉📚 this year',
      subtitle: 'Meet people👋who share your interests ✨',
      siteName,
    };
    expect(await missingGlyphs(text)).toEqual([]);
    expect(drawnText(socialImageLayout(text))).toEqual([
      siteName,
      'Attend conferences this year',
      'Meet people who share your interests',
    ]);
    // Drawn exactly as if the emoji had never been typed.
    expect(await renderSocialImageSvg(text)).toBe(
      await renderSocialImageSvg({
        title: 'Attend conferences this year',
        subtitle: 'Meet people who share your interests',
        siteName,
      }),
    );
  });

  test('draws the site name instead of a title whose words no font has, rather than a title with words missing', async () => {
    const text = { title: 'Join 图书馆协会 today 📚', subtitle: '图书馆协会的好处', siteName };
    expect(await missingGlyphs(text)).toEqual([]);
    expect(drawnText(socialImageLayout(text))).toEqual(['', siteName]);
    expect(drawnText(socialImageLayout({ ...text, subtitle }))).toEqual(['', siteName, subtitle]);
  });

  test('keeps a letter whose accent comes as a separate character', () => {
    // "e" followed by a combining acute accent is drawn as the "é" the fonts have.
    expect(drawnText(socialImageLayout({ title: 'Re\u0301sume\u0301 help', siteName }))).toEqual([
      siteName,
      'Résumé help',
    ]);
  });
});

describe('link-preview images with long words', () => {
  const ink = THEME_COLOURS.light.ink;
  const muted = THEME_COLOURS.light.muted;
  // 60 letters, wider than a line at either size; the title and subtitle are as long as the content allows.
  const word = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunte';
  const title = `Join the ${word}`.padEnd(70, ' now');
  const subtitle = (length: number) => `See ${word} and more`.padEnd(length, ' and more');

  // A glyph's outline may reach a little past its box (the hook of a "J"); a word running off reaches hundreds of pixels.
  const OVERHANG = 8;
  // The text box starts after the 24 px bar and 72 px padding; it is 1032 px wide, or 764 beside an icon.
  test.each([
    [
      'beside an icon (a benefit, whose summary has at most 120 characters)',
      { icon: 'training' as const },
      120,
      96 + 764,
    ],
    ['without an icon (a page, whose description has at most 160)', {}, 160, 96 + 1032],
  ])('wraps a word longer than a line inside the text box, %s', async (_label, extra, length, right) => {
    expect(word).toHaveLength(60);
    const svg = await renderSocialImageSvg({ title, subtitle: subtitle(length), siteName, ...extra });
    for (const colour of [ink, muted]) {
      const bounds = glyphBounds(svg, colour);
      expect(bounds.left).toBeGreaterThanOrEqual(96 - OVERHANG);
      expect(bounds.right).toBeLessThanOrEqual(right + OVERHANG);
      expect(bounds.top).toBeGreaterThanOrEqual(64 - OVERHANG);
      expect(bounds.bottom).toBeLessThanOrEqual(630 - 64 + OVERHANG);
    }
  });
});
