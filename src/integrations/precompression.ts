import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompressFiles } from '../lib/builtSite/precompressFiles.ts';

/** After the build, last: brotli and gzip copies of the finished files, for hosts that send them as they are (see precompressFiles). */
export function precompression(): AstroIntegration {
  return {
    name: 'precompression',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, written } = await precompressFiles(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Wrote ${written} brotli and gzip file(s) beside ${files} text file(s) in ${seconds} s.`);
      },
    },
  };
}
