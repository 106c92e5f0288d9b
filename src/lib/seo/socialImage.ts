import { Resvg, renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600; style: 'normal' }[]> | undefined;

/** Open-licence fonts installed from npm, so drawing needs no network. */
function loadFonts() {
  const require = createRequire(import.meta.url);
  const file = (path: string) => readFile(require.resolve(path));
  fonts ??= Promise.all([
    file('@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff').then((data) => ({
      name: 'Serif',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
    file('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff').then((data) => ({
      name: 'Sans',
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

let fingerprint: Promise<string> | undefined;

/** A hash of the fonts previews are drawn with, for telling kept previews apart. */
export function fontFingerprint(): Promise<string> {
  fingerprint ??= loadFonts().then((loaded) => {
    const hash = createHash('sha256');
    for (const font of loaded) hash.update(`${font.name} ${font.weight} ${font.style}`).update(font.data);
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

/** The preview's layout: site name, title, subtitle, icon, on the site's paper colour. */
export function socialImageLayout(text: SocialImageText): Node {
  const titleSize = text.title.length > 40 ? 64 : 76;
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
      fontFamily: 'Sans',
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
          el('div', { display: 'flex', fontSize: 30, color: COLOURS.primary, fontFamily: 'Serif' }, text.siteName),
          el('div', { display: 'flex', flexDirection: 'column' }, [
            el(
              'div',
              {
                display: 'flex',
                width: textWidth,
                fontFamily: 'Serif',
                fontSize: titleSize,
                lineHeight: 1.1,
                color: COLOURS.ink,
              },
              text.title,
            ),
            ...(text.subtitle
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
                    },
                    text.subtitle,
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

/** A 1200×630 PNG for a page's link preview. */
export async function renderSocialImage(text: SocialImageText): Promise<Buffer> {
  const svg = await satori(socialImageLayout(text) as Parameters<typeof satori>[0], {
    ...SOCIAL_IMAGE,
    fonts: await loadFonts(),
  });
  // Drawn on a libuv worker thread, so with build.concurrency the build renders other pages meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } });
  return image.asPng();
}

/** An SVG file (such as the favicon) as a square PNG of `size` pixels. */
export function svgToPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
