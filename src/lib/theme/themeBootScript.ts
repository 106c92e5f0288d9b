import { transform } from 'esbuild';
import source from '../../client/themeBoot.js?raw';

let minified: Promise<string> | undefined;

/**
 * The theme script, minified because every page carries it inline. Minified
 * once per build and shared by every page, rather than a round trip to
 * esbuild's process for each page.
 */
export function themeBootScript(): Promise<string> {
  minified ??= transform(source, { minify: true, target: 'es2020' }).then(
    (result) => result.code,
    (error: unknown) => {
      minified = undefined; // the next page asks again rather than every page failing with this error
      throw error;
    },
  );
  return minified;
}
