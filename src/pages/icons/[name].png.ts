import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng } from '../../lib/seo/socialImage.ts';
import faviconSvg from '../../../public/favicon.svg?raw';

/**
 * PNG versions of public/favicon.svg for browsers and devices that want
 * them, drawn at build time so the SVG stays the one source. Home-screen
 * icons are square: the platform rounds the corners itself.
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
  const png = svgToPng(icon.square ? faviconSvg.replace(/\srx="[\d.]+"/, '') : faviconSvg, icon.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
