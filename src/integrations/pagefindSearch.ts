import type { AstroIntegration } from 'astro';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { DevSearchIndex } from '../lib/search/devSearchIndex.ts';
import { writeSearchIndex } from '../lib/search/writeSearchIndex.ts';
import { CONTENT_DIR } from '../lib/site/contentDir.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Search with Pagefind, with no extra command to remember:
 * - `astro build` indexes the built pages with Pagefind's Node API once
 *   they are written, logs what it indexed and fails the build on any error;
 * - `astro dev` serves an index of the current content from memory, rebuilt
 *   after every content change.
 * Pages opt in with `data-pagefind-body`.
 */
export function pagefindSearch(): AstroIntegration {
  let base = '/';
  let contentRoot = CONTENT_DIR;
  let sourceRoot = 'src';
  let dataStoreFile = '';
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        contentRoot = resolve(fileURLToPath(config.root), CONTENT_DIR);
        sourceRoot = fileURLToPath(config.srcDir);
        dataStoreFile = join(fileURLToPath(config.cacheDir), 'data-store.json');
      },

      'astro:server:setup': ({ server, logger }) => {
        const devIndex = new DevSearchIndex(contentRoot, dataStoreFile, base, (message) => logger.info(message));
        // Content changes are caught by the index's fingerprint; the templates that render it (layouts,
        // data-pagefind-* attributes) shape the index too, so a change there starts a new one as well.
        const watched = [`${contentRoot}${sep}`, sourceRoot.endsWith(sep) ? sourceRoot : `${sourceRoot}${sep}`];
        server.watcher.on('all', (_event, path) => {
          const changed = resolve(path);
          if (watched.some((folder) => changed.startsWith(folder))) devIndex.invalidate();
        });
        server.httpServer?.on('close', () => void pagefind.close());
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          // The server's own address, not the request's Host header, which a visitor controls.
          const origin = server.resolvedUrls?.local[0] ?? `http://${request.headers.host ?? 'localhost'}`;
          devIndex.file(origin, pathname.slice(prefix.length)).then(
            (file) => {
              if (!file) {
                response.statusCode = 404;
                response.end();
                return;
              }
              response.setHeader('Content-Type', CONTENT_TYPES[extname(pathname)] ?? 'application/octet-stream');
              response.setHeader('Cache-Control', 'no-store');
              response.end(file);
            },
            (error: unknown) => {
              logger.error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
              response.statusCode = 500;
              response.end();
            },
          );
        });
      },

      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { indexed, pages } = await writeSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${indexed} page(s) for search (of ${pages} pages) in ${seconds} s.`);
      },
    },
  };
}
