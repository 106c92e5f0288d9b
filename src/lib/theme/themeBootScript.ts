import { transform } from 'esbuild';
import source from '../../client/themeBoot.js?raw';

let minified: Promise<string> | undefined;

/**
 * The theme script, minified because every page carries it inline. Minified
 * once per build and shared by every page: asking esbuild again for each page
 * cost a round trip to its process per page (0.15 s of a 1,000-page build).
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
