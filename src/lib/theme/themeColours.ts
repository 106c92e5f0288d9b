/**
 * The few theme colours needed outside CSS (browser theme-color, the web
 * app manifest, link-preview images). They must equal the tokens in
 * src/styles/global.css; tests/unit/contrast.test.ts checks that they do.
 */
export const THEME_COLOURS = {
  light: { paper: '#fbf8f1', surface: '#f2ece0', ink: '#1c2321', muted: '#4b5450', primary: '#0c5b58' },
  dark: { paper: '#121a18', surface: '#1b2623' },
} as const;
