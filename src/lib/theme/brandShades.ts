import { contrastRatio, mix } from './contrast.ts';
import { THEME_COLOURS } from './themeColours.ts';

/** WCAG AA for text, which links and buttons in the brand colour are. */
const AA_TEXT = 4.5;

/** The backgrounds the brand colour is drawn on, in each theme. */
const BACKGROUNDS = {
  light: [THEME_COLOURS.light.paper, THEME_COLOURS.light.surface],
  dark: [THEME_COLOURS.dark.paper, THEME_COLOURS.dark.surface],
} as const;

export interface BrandShades {
  /** Links, focus rings and buttons in the light theme: the colour as given. */
  light: string;
  lightHover: string;
  /** The same hue lightened until it reads on the dark theme's backgrounds. */
  dark: string;
  darkHover: string;
}

const lowestContrast = (colour: string, backgrounds: readonly string[]) =>
  Math.min(...backgrounds.map((background) => contrastRatio(colour, background)));

/** The first of `colour` mixed ever more with `towards` that reads at AA on every background, if any does. */
function firstReadable(colour: string, towards: string, backgrounds: readonly string[]): string | undefined {
  for (let share = 0; share <= 1; share += 0.05) {
    const shade = mix(colour, towards, share);
    if (lowestContrast(shade, backgrounds) >= AA_TEXT) return shade;
  }
  return undefined;
}

/**
 * The shades of an association's brand colour for both themes. The light
 * theme uses the colour as given, so it must reach WCAG AA against the light
 * backgrounds; otherwise the problem says the ratio and suggests the nearest
 * darker colour that does. The dark theme's shade is derived.
 */
export function brandShades(colour: string): BrandShades | { problem: string } {
  const ratio = lowestContrast(colour, BACKGROUNDS.light);
  if (ratio < AA_TEXT) {
    const darker = firstReadable(colour, '#000000', BACKGROUNDS.light);
    return {
      problem: `"${colour}" has a contrast of ${ratio.toFixed(2)}:1 with the light theme's background; links and buttons need at least ${AA_TEXT}:1 (WCAG AA). Choose a darker colour${darker ? `, such as "${darker}"` : ''}`,
    };
  }
  const dark = firstReadable(colour, '#ffffff', BACKGROUNDS.dark);
  if (!dark) return { problem: `"${colour}" cannot be lightened to read on the dark theme: choose another colour` };
  return { light: colour, lightHover: mix(colour, '#000000', 0.3), dark, darkHover: mix(dark, '#ffffff', 0.3) };
}
