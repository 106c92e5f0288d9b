import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InTurn } from '../lib/inTurn.ts';
import { builtFiles, pagePath } from '../lib/builtSite/builtPages.ts';

/** A page as the build renders it, before Astro writes it to disk. */
export interface RenderedPage {
  /**
   * Site path without the base path, as the page's file is named:
   * `/benefits/training/` for benefits/training/index.html, `/404.html`.
   */
  path: string;
  /**
   * The route that rendered it (`/benefits/[slug]`), or undefined for a page
   * Astro wrote without rendering it through a route (see renderedPages).
   */
  route: string | undefined;
  html: string;
}

/**
 * A page's UTF-8 bytes read one character per byte (Latin-1). Markup, which
 * is ASCII, reads as usual; other text shows as its UTF-8 bytes. Turning
 * bytes into such a string and back costs almost nothing and is exact, where
 * decoding and re-encoding UTF-8 cost the build a third of a second per
 * thousand pages on Astro's thread. A transform must add only ASCII.
 */
export type PageBytesText = string;

/** Changes a page before it is written. Runs on Astro's own thread, between pages, so it must be quick. */
export type PageTransform = (page: { path: string; bytesText: PageBytesText }) => PageBytesText;

/**
 * What a page reader module exports (see {@link readRenderedPages}): given
 * its options, an object that reads every page in turn and, once the pages
 * are written, gives its result. Results and options cross between threads,
 * so they must be plain data (objects, arrays, strings, Sets, Maps).
 */
export type CreatePageReader<Options, Result> = (options: Options) => {
  read(page: RenderedPage): void | Promise<void>;
  finish(siteDir: string): Result | Promise<Result>;
};

/** A page on its way to the readers' worker: bytes, decoded there. */
export interface PageBytes {
  path: string;
  route: string | undefined;
  bytes: Uint8Array;
}

/** Messages to the readers' worker (renderedPagesWorker.ts). */
export type ToReaders =
  | { kind: 'reader'; id: number; module: string; options: unknown }
  | ({ kind: 'page' } & PageBytes)
  | { kind: 'finish'; id: number; siteDir: string };

/** Messages back from the readers' worker. */
export type FromReaders =
  { kind: 'finished'; id: number; result: unknown } | { kind: 'failed'; id: number; message: string };

/*
 * One build's state. It lives on globalThis under a shared symbol: the
 * integrations are loaded with the config, while the middleware that feeds
 * them runs from Astro's own bundle of the site, in the same process.
 */
interface Tap {
  transforms: PageTransform[];
  worker: Worker | undefined;
  /** Readers started and not yet finished, by id. */
  readers: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
  readersStarted: number;
  /** How many readers have been asked for their result and not yet answered. */
  awaited: number;
  /** Numbers requests as Astro starts them: the order the readers get pages in. */
  nextStarted: number;
  inTurn: InTurn<PageBytes>;
  /** Paths of the pages handed to the readers. */
  delivered: Set<string>;
}

const TAP = Symbol.for('library-association-benefits.rendered-pages');

type Global = { [TAP]?: Tap };

function tap(): Tap | undefined {
  return (globalThis as Global)[TAP];
}

/** From an integration's `astro:build:start`: `transform` changes every page of this build before it is written. */
export function transformRenderedPages(transform: PageTransform): void {
  activeTap('transformRenderedPages').transforms.push(transform);
}

/**
 * From an integration's `astro:build:start`: runs the page reader `module`
 * (a file exporting `createPageReader`, see {@link CreatePageReader}) on a
 * worker thread, which gets every page of this build as it is rendered, in
 * the order Astro starts them, so the work is done on the other core while
 * Astro renders the next pages. Call `finish` once the pages are written
 * for the reader's result; pages that arrive after that are not read.
 */
export function readRenderedPages<Options, Result>(
  module: URL,
  options: Options,
): { finish(siteDir: string): Promise<Result> } {
  const state = activeTap('readRenderedPages');
  state.worker ??= startWorker(state);
  const worker = state.worker;
  const id = state.readersStarted;
  state.readersStarted += 1;
  const result = new Promise<Result>((resolve, reject) => {
    state.readers.set(id, { resolve: (value) => resolve(value as Result), reject });
  });
  result.catch(() => undefined); // reported through finish
  worker.postMessage({ kind: 'reader', id, module: module.href, options } satisfies ToReaders);
  return {
    async finish(siteDir) {
      // While a result is awaited the worker keeps the process alive: nothing else may, and a build
      // whose last promise never settles would end as if it had succeeded.
      if (state.awaited === 0) worker.ref();
      state.awaited += 1;
      worker.postMessage({ kind: 'finish', id, siteDir } satisfies ToReaders);
      try {
        return await result;
      } finally {
        state.awaited -= 1;
        if (state.awaited === 0) worker.unref();
      }
    },
  };
}

function activeTap(caller: string): Tap {
  const state = tap();
  if (!state) throw new Error(`${caller} is for astro:build:start, with renderedPages() earlier in the integrations`);
  return state;
}

function startWorker(state: Tap): Worker {
  const worker = new Worker(new URL('./renderedPagesWorker.ts', import.meta.url));
  // Until a result is awaited, the build's own work keeps the process running, not the worker.
  worker.unref();
  const failAll = (error: Error) => {
    for (const reader of state.readers.values()) reader.reject(error);
    state.readers.clear();
  };
  worker.on('message', (message: FromReaders) => {
    const reader = state.readers.get(message.id);
    if (!reader) return;
    if (message.kind === 'finished') reader.resolve(message.result);
    else reader.reject(new Error(message.message));
    state.readers.delete(message.id);
    if (state.readers.size === 0) void worker.terminate();
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the page readers' worker stopped (exit code ${code})`)));
  return worker;
}

/** From the middleware, as Astro starts a request: its turn, or undefined outside a build. */
export function startRequest(): number | undefined {
  const state = tap();
  if (!state) return undefined;
  state.nextStarted += 1;
  return state.nextStarted - 1;
}

/** The page's bytes with every transform applied, as they will be written. */
export function transformPage(path: string, bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const transforms = tap()?.transforms ?? [];
  if (transforms.length === 0) return bytes;
  let bytesText: PageBytesText = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const transform of transforms) bytesText = transform({ path, bytesText });
  return Buffer.from(bytesText, 'latin1');
}

/**
 * From the middleware, when request `turn` has finished: passes the page
 * (or null, for a response that is not a page, or a failed one) to the
 * readers once every earlier request has been passed on.
 */
export function finishRequest(turn: number, page: PageBytes | null): void {
  const state = tap();
  if (!state) return;
  for (const ready of state.inTurn.finish(turn, page)) deliver(state, ready);
}

function deliver(state: Tap, page: PageBytes): void {
  state.delivered.add(page.path);
  // Handed over rather than copied (Astro's Response has its own copy of the bytes). A small page's
  // bytes may be a view of Node's shared pool, which cannot be handed over: those get their own copy.
  const owned = page.bytes.byteOffset === 0 && page.bytes.byteLength === page.bytes.buffer.byteLength;
  const bytes = owned ? page.bytes : new Uint8Array(page.bytes);
  state.worker?.postMessage({ kind: 'page', path: page.path, route: page.route, bytes } satisfies ToReaders, [
    bytes.buffer as ArrayBuffer,
  ]);
}

/**
 * HTML that Astro writes without rendering it through a route, so the
 * middleware never saw it: redirect pages, and any `.html` file in
 * `public/`. Given the same transforms and readers from disk, so nothing is
 * published unchecked. Search indexing has finished by then: such pages are
 * not searched.
 */
async function readUnseenPages(state: Tap, siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const unseen = (await builtFiles(siteDir))
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !state.delivered.has(pagePath(file)));
  for (const file of unseen) {
    const path = pagePath(file);
    const bytes = await readFile(join(siteDir, file));
    const transformed = transformPage(path, new Uint8Array(bytes));
    await writeFile(join(siteDir, file), transformed);
    deliver(state, { path, route: undefined, bytes: transformed });
  }
  if (unseen.length > 0) logger.info(`Checked ${unseen.length} page(s) Astro wrote without a route, from disk.`);
}

/**
 * Hands every page the build renders to the integrations that check, change
 * or index it (link check, security policy, search index) while the page is
 * still in memory. Before, each of them read all of `dist/` back after the
 * pages, parsing every page again and writing it a second time: at a
 * thousand pages, most of the time the build spent after its pages. Now
 * the reading happens on a worker thread beside Astro's rendering.
 *
 * Must come before the integrations that use it.
 */
export function renderedPages(): AstroIntegration {
  return {
    name: 'rendered-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({
          entrypoint: fileURLToPath(new URL('./renderedPagesMiddleware.ts', import.meta.url)),
          order: 'pre',
        });
      },
      'astro:build:start': async () => {
        // A build that failed earlier in this process may have left its worker running.
        await tap()?.worker?.terminate();
        (globalThis as Global)[TAP] = {
          transforms: [],
          worker: undefined,
          readers: new Map(),
          readersStarted: 0,
          awaited: 0,
          nextStarted: 0,
          inTurn: new InTurn(),
          delivered: new Set(),
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const state = tap();
        if (state) await readUnseenPages(state, fileURLToPath(dir), logger);
      },
    },
  };
}
