import type { APIRoute, GetStaticPaths } from 'astro';
import { iconDrawing } from '../../lib/icons/siteIcon.ts';
import { svgToPng } from '../../lib/seo/socialImage.ts';
import { PUBLIC_DIR } from '../../lib/site/contentDir.ts';
import { association } from '../../site.config.ts';

/**
 * PNG versions of the site's icon (the association's logo, or
 * public/favicon.svg) for browsers and devices that want them, drawn at
 * build time so the one file stays the source. Home-screen icons are
 * square: the platform rounds the corners itself.
 */
const ICONS = {
  'icon-32': { size: 32, square: false },
  'apple-touch-icon': { size: 180, square: true },
  'icon-192': { size: 192, square: true },
  'icon-512': { size: 512, square: true },
} as const;

export const getStaticPaths = (() => Object.keys(ICONS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const icon = ICONS[params['name'] as keyof typeof ICONS];
  const png = svgToPng(iconDrawing(PUBLIC_DIR, association?.logo, icon.square), icon.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
