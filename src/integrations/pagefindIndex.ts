import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { countIndexedPages } from '../lib/searchIndex';
import { DevSearchIndex } from './devSearchIndex';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** Pagefind's own summary line, e.g. "Indexed 1234 words". */
function wordsFromLog(log: string): number | undefined {
  const totals = log.slice(log.lastIndexOf('Total:'));
  const match = /Indexed (\d+) words?/.exec(totals);
  return match ? Number(match[1]) : undefined;
}

/**
 * Search with Pagefind, with no extra command to remember:
 * - `astro build` indexes the finished HTML at the end of the build, logs
 *   what it indexed and fails the build on any Pagefind error;
 * - `astro dev` serves an index of the current content from memory, rebuilt
 *   after every content change.
 * Pages opt in with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let contentRoot = 'content';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        contentRoot = resolve(fileURLToPath(config.root), process.env['CONTENT_DIR'] ?? 'content');
      },

      'astro:server:setup': ({ server, logger }) => {
        const devIndex = new DevSearchIndex(contentRoot, base, (message) => logger.info(message));
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(contentRoot)) devIndex.invalidate();
        });
        server.httpServer?.on('close', () => void pagefind.close());
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          const origin = `http://${request.headers.host ?? 'localhost'}`;
          devIndex.get(origin).then(
            (files) => {
              const file = files.get(pathname.slice(prefix.length));
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
        const siteDir = fileURLToPath(dir);
        const logfile = join(siteDir, 'pagefind-build.log');
        const { index, errors: createErrors } = await pagefind.createIndex({ logfile });
        try {
          if (!index) throw new Error(createErrors.join('\n') || 'Pagefind could not start');
          const added = await index.addDirectory({ path: siteDir });
          const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
          const errors = [...createErrors, ...added.errors, ...written.errors];
          if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
          const pages = countIndexedPages(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
          const words = wordsFromLog(await readFile(logfile, 'utf8').catch(() => ''));
          logger.info(
            `Indexed ${pages} page(s)${words === undefined ? '' : ` and ${words} word(s)`} for search (of ${added.page_count} HTML files).`,
          );
        } finally {
          await rm(logfile, { force: true });
          await pagefind.close();
        }
      },
    },
  };
}
