import type { AstroIntegration } from 'astro';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { runInBackground } from './backgroundWork.ts';
import { readRenderedPages } from './renderedPages.ts';
import type { SearchIndexResult } from './searchIndexReader.ts';
import { DevSearchIndex } from '../lib/search/devSearchIndex.ts';
import { CONTENT_DIR } from '../lib/builtSite/contentSource.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Search with Pagefind, with no extra command to remember:
 * - `astro build` hands each page to Pagefind's process as it is rendered,
 *   so indexing runs on the other core while Astro renders the rest, then
 *   writes the index beside the checks that follow the pages; it logs what
 *   it indexed and fails the build on any Pagefind error;
 * - `astro dev` serves an index of the current content from memory, rebuilt
 *   after every content change.
 * Pages opt in with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let contentRoot = 'content';
  let sourceRoot = 'src';
  let search: { finish(siteDir: string): Promise<SearchIndexResult> } | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        contentRoot = resolve(fileURLToPath(config.root), CONTENT_DIR);
        sourceRoot = fileURLToPath(config.srcDir);
      },

      'astro:server:setup': ({ server, logger }) => {
        const devIndex = new DevSearchIndex(contentRoot, base, (message) => logger.info(message));
        // Content and the templates that render it (layouts, data-pagefind-* attributes) both shape the index.
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

      'astro:build:start': () => {
        search = readRenderedPages<Record<string, never>, SearchIndexResult>(
          new URL('./searchIndexReader.ts', import.meta.url),
          {},
        );
      },

      // As soon as the last page is rendered, while Astro finishes its own work, rather than after it.
      'astro:build:generated': ({ dir, logger }) => {
        const finishing = search;
        if (!finishing) throw new Error('the search index did not start with the build');
        // Written beside the link check and the other steps after the pages; the build waits for it at the
        // end (see backgroundWork.ts).
        runInBackground(
          finishing.finish(fileURLToPath(dir)).then(({ indexed, rendered, busySeconds }) => {
            logger.info(
              `Indexed ${indexed} page(s) for search (of ${rendered} pages) in ${busySeconds.toFixed(2)} s, most of it while the pages rendered.`,
            );
          }),
        );
      },
    },
  };
}
