export { contrastRatio } from '../../src/lib/theme/contrast.ts';

/** The `--token: light-dark(#light, #dark)` declarations of a stylesheet, by theme. */
export function themeTokens(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const [, name, lightValue, darkValue] of css.matchAll(
    /--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi,
  )) {
    light[name as string] = lightValue as string;
    dark[name as string] = darkValue as string;
  }
  return { light, dark };
}
