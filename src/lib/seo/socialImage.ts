import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import satori from 'satori';
import { BENEFIT_ICON_PATHS, type BenefitIconName } from '../icons/benefitIcons.ts';
import { THEME_COLOURS } from '../theme/themeColours.ts';

/** Link previews are drawn at the size the big preview cards use. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** The light theme's colours: previews show on any background. */
const COLOURS = THEME_COLOURS.light;

export interface SocialImageText {
  /** The page's title, the largest text. */
  title: string;
  /** One line under the title. */
  subtitle?: string | undefined;
  /** The benefit's icon, if the page is a benefit. */
  icon?: BenefitIconName | undefined;
  /** The site's name, at the top. */
  siteName: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

type FontWeight = 400 | 600;
interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

/**
 * Every subset of the two families that @fontsource installs anyway, so a
 * title in Polish, Czech, Vietnamese, Greek or Russian draws in the site's
 * fonts at no extra install (150 KB of files beside the 45 KB of latin ones).
 * satori picks one font per name, so each subset has a name of its own and
 * `fontFamily` lists them all (see family()).
 */
const FONT_FILES = {
  Serif: {
    weight: 600,
    file: (subset: string) => `@fontsource/source-serif-4/files/source-serif-4-${subset}-600-normal.woff`,
    subsets: ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'],
  },
  Sans: {
    weight: 400,
    file: (subset: string) => `@fontsource/source-sans-3/files/source-sans-3-${subset}-400-normal.woff`,
    subsets: ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'],
  },
} as const satisfies Record<string, { weight: FontWeight; file: (subset: string) => string; subsets: string[] }>;
type FamilyName = keyof typeof FONT_FILES;

/** A `fontFamily` for one of the two families: its subsets in turn, then satori falls back to any font passed. */
const family = (name: FamilyName) => FONT_FILES[name].subsets.map((subset) => `"${name} ${subset}"`).join(', ');

let fonts: LoadedFont[] | undefined;

/**
 * Open-licence fonts installed from npm, so drawing needs no network. Read
 * at once (about 200 KB, once per build) because the layout needs to know
 * which characters they can draw before anything is drawn.
 */
function loadFonts(): LoadedFont[] {
  const require = createRequire(import.meta.url);
  fonts ??= Object.entries(FONT_FILES).flatMap(([name, { weight, file, subsets }]) =>
    subsets.map((subset) => ({
      name: `${name} ${subset}`,
      data: readFileSync(require.resolve(file(subset))),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

let covered: Set<number> | undefined;

/** The characters some font in loadFonts() has a glyph for. */
function coveredCodePoints(): Set<number> {
  covered ??= new Set(loadFonts().flatMap((font) => [...fontCodePoints(font.data)]));
  return covered;
}

/**
 * The characters a WOFF font maps to a glyph, read from its cmap table
 * (formats 4 and 12, which every font for the web has). Only WOFF 1.0:
 * its tables are each compressed with zlib, which Node reads as it is.
 */
function fontCodePoints(woff: Buffer): Set<number> {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('social image fonts must be WOFF 1.0 files');
  const numTables = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let entry = 44; entry < 44 + numTables * 20; entry += 20) {
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    cmap = compressed < length ? inflateSync(stored) : stored;
  }
  if (!cmap) throw new Error('a social image font has no cmap table');
  const codePoints = new Set<number>();
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, index) => cmap.readUInt32BE(4 + index * 8 + 4));
  for (const start of subtables) {
    const format = cmap.readUInt16BE(start);
    if (format === 12) {
      const groups = cmap.readUInt32BE(start + 12);
      for (let group = start + 16; group < start + 16 + groups * 12; group += 12) {
        for (let code = cmap.readUInt32BE(group); code <= cmap.readUInt32BE(group + 4); code++) codePoints.add(code);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(start + 6) / 2;
      const ends = start + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let segment = 0; segment < segments; segment++) {
        const first = cmap.readUInt16BE(starts + segment * 2);
        const last = cmap.readUInt16BE(ends + segment * 2);
        const delta = cmap.readInt16BE(deltas + segment * 2);
        const rangeOffsetAt = rangeOffsets + segment * 2;
        const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
        for (let code = first; code <= last && code !== 0xffff; code++) {
          let glyph = code;
          if (rangeOffset !== 0) {
            glyph = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (code - first) * 2);
            if (glyph === 0) continue;
          }
          if ((glyph + delta) % 0x10000 !== 0) codePoints.add(code);
        }
      }
    }
  }
  return codePoints;
}

let fingerprint: Promise<string> | undefined;

/** A hash of the fonts previews are drawn with, for telling kept previews apart. */
export function fontFingerprint(): Promise<string> {
  fingerprint ??= Promise.resolve().then(() => {
    const hash = createHash('sha256');
    for (const font of loadFonts()) hash.update(`${font.name} ${font.weight} ${font.style}`).update(font.data);
    return hash.digest('hex');
  });
  return fingerprint;
}

function iconNode(name: BenefitIconName): Node {
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 220,
      height: 220,
      borderRadius: 110,
      background: COLOURS.surface,
      color: COLOURS.primary,
    },
    el(
      'svg',
      {},
      BENEFIT_ICON_PATHS[name].map((d) => el('path', {}, undefined, { d })),
      {
        width: 120,
        height: 120,
        viewBox: '0 0 24 24',
        fill: 'none',
        stroke: COLOURS.primary,
        'stroke-width': 1.75,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
    ),
  );
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` as the fonts can draw it, or undefined if it would lose a letter or
 * digit. No font here has CJK, emoji or most scripts beyond Europe's, and a
 * character without a glyph would be drawn as an empty box ("tofu"). A
 * symbol or emoji is left out of the image; a word is not, since a title
 * with a word missing can say something else, so the caller draws another
 * text instead. The page's own title and description, which a link's card
 * shows beside the image as text, keep every character.
 */
function drawableText(text: string): string | undefined {
  const fonts = coveredCodePoints();
  let kept = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    const [base = '', ...marks] = [...segment];
    if (fonts.has(base.codePointAt(0) ?? 0)) {
      // An accent or variation selector the fonts lack is dropped; the letter it sits on is kept.
      kept += base + marks.filter((mark) => fonts.has(mark.codePointAt(0) ?? 0)).join('');
    } else if (/[\p{L}\p{N}]/u.test(segment)) {
      return undefined;
    } else {
      // A space stands in for a left-out emoji, so "CV📚and" keeps its words apart; spaces are merged below.
      kept += ' ';
    }
  }
  return kept.replace(/\s+/g, ' ').trim();
}

/**
 * Text that wraps within its box, breaking inside a word (a URL, a long
 * compound) only when the word is wider than a line. `anywhere`, not
 * `break-word`: in a flex box the text's least width is its longest word
 * unless words may break (as in browsers), so with `break-word` a
 * 60-letter word still ran off the image.
 */
const WRAP = { overflowWrap: 'anywhere' } as const;

/** The preview's layout: site name, title, subtitle, icon, on the site's paper colour. */
export function socialImageLayout(text: SocialImageText): Node {
  // A title the fonts cannot draw gives way to the site's name, drawn as the title instead of above it.
  const pageTitle = drawableText(text.title);
  const siteName = drawableText(text.siteName) ?? '';
  const title = pageTitle || siteName;
  const topLine = pageTitle ? siteName : '';
  const subtitle = text.subtitle && drawableText(text.subtitle);
  const titleSize = title.length > 40 ? 64 : 76;
  // 1200 wide, less the 24 px bar and 72 px padding each side; the icon takes 220 px and a gap.
  const textWidth = text.icon ? 1200 - 24 - 144 - 220 - 48 : 1200 - 24 - 144;
  // 630 high, less 64 px padding top and bottom: the site name sits at the top, the text at the bottom.
  const innerHeight = 630 - 128;
  return el(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      background: COLOURS.paper,
      borderLeft: `24px solid ${COLOURS.primary}`,
      padding: '64px 72px',
      fontFamily: family('Sans'),
    },
    [
      // Fixed widths: satori only wraps text inside boxes of known width.
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: textWidth,
          height: innerHeight,
        },
        [
          el(
            'div',
            {
              display: 'flex',
              width: textWidth,
              fontSize: 30,
              color: COLOURS.primary,
              fontFamily: family('Serif'),
              ...WRAP,
            },
            topLine,
          ),
          el('div', { display: 'flex', flexDirection: 'column' }, [
            el(
              'div',
              {
                display: 'flex',
                width: textWidth,
                fontFamily: family('Serif'),
                fontSize: titleSize,
                lineHeight: 1.1,
                color: COLOURS.ink,
                ...WRAP,
              },
              title,
            ),
            ...(subtitle
              ? [
                  el(
                    'div',
                    {
                      display: 'flex',
                      width: textWidth,
                      marginTop: 24,
                      fontSize: 30,
                      lineHeight: 1.35,
                      color: COLOURS.muted,
                      ...WRAP,
                    },
                    subtitle,
                  ),
                ]
              : []),
          ]),
        ],
      ),
      ...(text.icon ? [el('div', { display: 'flex', alignItems: 'center', marginLeft: 48 }, iconNode(text.icon))] : []),
    ],
  );
}

/** The preview as satori draws it, before it is turned into pixels; tests read the text's positions from it. */
export async function renderSocialImageSvg(
  text: SocialImageText,
  options: Pick<Parameters<typeof satori>[1], 'loadAdditionalAsset'> = {},
): Promise<string> {
  return satori(socialImageLayout(text) as Parameters<typeof satori>[0], {
    ...SOCIAL_IMAGE,
    fonts: loadFonts(),
    ...options,
  });
}

/**
 * resvg's options for `width` pixels wide. No system fonts: satori draws
 * every letter as a path, and the favicon has no text, so resvg needs none,
 * and scanning the machine's fonts (which it does for every image unless
 * told not to) cost a third of each preview's time here, more on a machine
 * with many fonts. The pixels are the same.
 */
const resvgOptions = (width: number): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: width },
  font: { loadSystemFonts: false },
});

/** A 1200×630 PNG for a page's link preview. */
export async function renderSocialImage(text: SocialImageText): Promise<Buffer> {
  const svg = await renderSocialImageSvg(text);
  // Drawn on a libuv worker thread, so with build.concurrency the build renders other pages meanwhile.
  const image = await renderAsync(svg, resvgOptions(SOCIAL_IMAGE.width));
  return image.asPng();
}

/** An SVG file (such as the favicon) as a square PNG of `size` pixels. */
export function svgToPng(svg: string, size: number): Buffer {
  return new Resvg(svg, resvgOptions(size)).render().asPng();
}
