import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressFiles } from '../lib/builtSite/precompressFiles.ts';

/** After the build, last: brotli and gzip copies of the finished files, for hosts that send them as they are (see precompressFiles). */
export function precompression(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'precompression',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder, which survives `astro build --force` (it clears the content cache only).
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompressed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, written, reused } = await precompressFiles(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `Wrote ${written} brotli and gzip file(s) beside ${files} text file(s) in ${seconds} s (${reused} unchanged since the last build, from the cache).`,
        );
      },
    },
  };
}
