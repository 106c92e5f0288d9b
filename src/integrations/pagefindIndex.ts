import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { countIndexedPages, fragmentFilesFor } from '../lib/searchIndex';
import { runInBackground } from './backgroundWork';
import { DevSearchIndex } from './devSearchIndex';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Pagefind writes its ready-made interfaces (about 370 KB) beside the index.
 * The site has its own search interface, so they would only be dead weight.
 */
async function removeUnusedUi(pagefindDir: string): Promise<void> {
  const unused = (await readdir(pagefindDir)).filter((name) =>
    /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/.test(name),
  );
  await Promise.all(unused.map((name) => rm(join(pagefindDir, name))));
}

/** Pagefind's own summary line, e.g. "Indexed 1234 words". */
function wordsFromLog(log: string): number | undefined {
  const totals = log.slice(log.lastIndexOf('Total:'));
  const match = /Indexed (\d+) words?/.exec(totals);
  return match ? Number(match[1]) : undefined;
}

/**
 * Search with Pagefind, with no extra command to remember:
 * - `astro build` indexes the written pages as soon as the last one is
 *   written, in Pagefind's own process, beside Astro's own finishing work
 *   and the checks; it logs what it indexed and fails the build on any
 *   Pagefind error;
 * - `astro dev` serves an index of the current content from memory, rebuilt
 *   after every content change.
 * Pages opt in with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let contentRoot = 'content';
  let sourceRoot = 'src';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        contentRoot = resolve(fileURLToPath(config.root), process.env['CONTENT_DIR'] ?? 'content');
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

      // As soon as the last page is written, while Astro finishes its own work and the checks run,
      // rather than after them. The build waits for it at the end (see backgroundWork.ts).
      'astro:build:generated': ({ dir, logger }) => {
        runInBackground(indexSite(fileURLToPath(dir), logger));
      },
    },
  };
}

/** Indexes the built pages with Pagefind's Node API, logs what it indexed, and fails on any Pagefind error. */
async function indexSite(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const logfile = join(siteDir, 'pagefind-build.log');
  const htmlFiles = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const { index, errors: createErrors } = await pagefind.createIndex({
    logfile,
    maxFragments: fragmentFilesFor(htmlFiles.length),
  });
  try {
    if (!index) throw new Error(createErrors.join('\n') || 'Pagefind could not start');
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    await removeUnusedUi(join(siteDir, 'pagefind'));
    const errors = [...createErrors, ...added.errors, ...written.errors];
    if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
    const pages = countIndexedPages(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const words = wordsFromLog(await readFile(logfile, 'utf8').catch(() => ''));
    logger.info(
      `Indexed ${pages} page(s)${words === undefined ? '' : ` and ${words} word(s)`} for search (of ${added.page_count} HTML files) in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
    );
  } finally {
    await rm(logfile, { force: true });
    await pagefind.close();
  }
}
