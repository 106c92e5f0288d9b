import type { Plugin } from 'vite';
import type { Association } from '../lib/site/associationSchema.ts';

/** What the base layout imports after global.css, so its rules win over the defaults. */
const MODULE_ID = 'virtual:brand-colours.css';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The colour tokens the association's brand colour replaces, as CSS; nothing for the general guide. */
function brandColoursCss(brand: Association['brandColor']): string {
  if (!brand) return '/* No brand colour: the site keeps its own. */\n';
  return `:root {
  --primary: light-dark(${brand.light}, ${brand.dark});
  --primary-hover: light-dark(${brand.lightHover}, ${brand.darkHover});
  --focus-ring: light-dark(${brand.light}, ${brand.dark});
}
`;
}

/**
 * The association's brand colour, into the site's one stylesheet: a page's
 * styles arrive in the same request as before, and the site's security
 * policy, which allows no inline styles, stays as it is.
 */
export function brandColours(brand: Association['brandColor']): Plugin {
  return {
    name: 'brand-colours',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? brandColoursCss(brand) : undefined),
  };
}
