import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's icon, in the browser's tab, on a home screen and in the web
 * app manifest: the association's logo when its file gives one, otherwise
 * the general guide's own mark, public/favicon.svg.
 */
export interface SiteIcon {
  /** Its address in the site, before the base path: `/favicon.svg`, `/images/logo.svg`. */
  path: string;
  type: 'image/svg+xml' | 'image/png';
}

/** The site's icon for an association's `logo` (as written in its file), or the site's own. */
export function siteIcon(logo: string | undefined): SiteIcon {
  if (!logo) return { path: '/favicon.svg', type: 'image/svg+xml' };
  return { path: logo, type: logo.endsWith('.png') ? 'image/png' : 'image/svg+xml' };
}

/** The size the drawing is laid out at; resvg scales it to each PNG's size. */
const CANVAS = 512;

/**
 * An SVG to draw the PNG icons from, read from `publicDir`. The site's own
 * mark loses its rounded corners for a home screen (`square`), since the
 * platform rounds them itself. A logo is drawn as it is, fitted into a
 * square and centred (an SVG drawn as vectors at every size, a PNG scaled),
 * so a logo that is not quite square is neither cut nor stretched.
 */
export function iconDrawing(publicDir: string, logo: string | undefined, square: boolean): string {
  const icon = siteIcon(logo);
  const file = readFileSync(join(publicDir, icon.path));
  if (!logo) {
    const svg = file.toString('utf8');
    return square ? svg.replace(/\srx="[\d.]+"/, '') : svg;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CANVAS}" height="${CANVAS}" viewBox="0 0 ${CANVAS} ${CANVAS}"><image width="${CANVAS}" height="${CANVAS}" href="data:${icon.type};base64,${file.toString('base64')}"/></svg>`;
}
