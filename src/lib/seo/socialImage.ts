import { Resvg, renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
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
  /** The association's brand colour, as #rrggbb, for the bar, the name and the icon; the site's own when left out. */
  accent?: string | undefined;
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

let parsedFonts: Font[] | undefined;

/**
 * Whether some font in loadFonts() has a glyph for `character` (its cmap
 * maps it to a glyph other than the empty .notdef), read with fontkitten,
 * the font reader Astro itself uses.
 */
function canDraw(character: string): boolean {
  parsedFonts ??= loadFonts().map((font) => create(font.data) as Font);
  const codePoint = character.codePointAt(0) ?? 0;
  return parsedFonts.some((font) => font.hasGlyphForCodePoint(codePoint));
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

function iconNode(name: BenefitIconName, accent: string): Node {
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
      color: accent,
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
        stroke: accent,
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
  let kept = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    const [base = '', ...marks] = [...segment];
    if (canDraw(base)) {
      // An accent or variation selector the fonts lack is dropped; the letter it sits on is kept.
      kept += base + marks.filter(canDraw).join('');
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
  // A brand colour reads at AA on the light paper and surface (src/lib/theme/brandShades.ts), as the site's own does.
  const accent = text.accent ?? COLOURS.primary;
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
      borderLeft: `24px solid ${accent}`,
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
              color: accent,
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
      ...(text.icon
        ? [el('div', { display: 'flex', alignItems: 'center', marginLeft: 48 }, iconNode(text.icon, accent))]
        : []),
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

/** A 1200×630 PNG for a page's link preview. */
export async function renderSocialImage(text: SocialImageText): Promise<Buffer> {
  const svg = await renderSocialImageSvg(text);
  // Drawn on a libuv worker thread, so with build.concurrency the build renders other pages meanwhile.
  // No system fonts: satori draws every letter as a path, and resvg would otherwise scan the machine's
  // fonts for every image (a quarter of a preview's CPU here, more with more fonts), for the same pixels.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: SOCIAL_IMAGE.width },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}

/**
 * An SVG file (such as the favicon) as a square PNG of `size` pixels. With
 * the machine's fonts, unlike the previews: an association's logo may hold
 * text. Four icons a build, so their cost does not matter.
 */
export function svgToPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
