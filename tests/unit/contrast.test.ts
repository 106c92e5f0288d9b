import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { THEME_COLOURS } from '../../src/lib/theme/themeColours.ts';
import { contrastRatio, themeTokens } from '../support/contrast.ts';

const tokens = themeTokens(readFileSync('src/styles/global.css', 'utf8'));

/** Foreground, background and the WCAG 2.2 AA minimum for how the pair is used. */
const pairs: [string, string, number][] = [
  ['ink', 'paper', 4.5], // body text
  ['ink', 'surface', 4.5], // text in panels, cards, footer
  ['ink', 'surface-strong', 4.5],
  ['ink', 'highlight', 4.5], // search terms marked on a page
  ['muted', 'paper', 4.5], // leads, captions, breadcrumbs
  ['muted', 'surface', 4.5],
  ['primary', 'paper', 4.5], // links
  ['primary', 'surface', 4.5],
  ['primary-hover', 'paper', 4.5],
  ['primary-hover', 'surface', 4.5],
  ['paper', 'primary', 4.5], // text on the primary button
  ['paper', 'primary-hover', 4.5],
  ['on-accent', 'accent', 4.5], // text on the join button
  ['on-accent', 'accent-hover', 4.5],
  ['focus-ring', 'paper', 3], // focus indicator (non-text, 1.4.11)
  ['focus-ring', 'surface', 3],
  ['accent', 'surface', 3], // the call-to-action's accent bar
];

describe.each(['light', 'dark'] as const)('%s theme colours meet WCAG AA', (theme) => {
  test('every token has a value in this theme', () => {
    for (const [fg, bg] of pairs) {
      expect(tokens[theme][fg], fg).toBeDefined();
      expect(tokens[theme][bg], bg).toBeDefined();
    }
  });

  test.each(pairs)('%s on %s ≥ %d:1', (fg, bg, minimum) => {
    const ratio = contrastRatio(tokens[theme][fg] ?? '#000000', tokens[theme][bg] ?? '#000000');
    expect(ratio, `${fg} on ${bg} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
  });
});

test('colours used outside CSS (theme-color, manifest, preview images) equal the CSS tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, value] of Object.entries(THEME_COLOURS[theme])) {
      expect(value, `${theme} ${name}`).toBe(tokens[theme][name]);
    }
  }
});

test('the contrast formula matches known values', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});
