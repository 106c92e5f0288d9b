import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InTurn } from '../lib/inTurn';
import { builtFiles, refusePublishing } from './builtPages';

/** A page as the build renders it, before Astro writes it to disk. */
export interface RenderedPage {
  /** Site path without the base path: `/benefits/training/`, `/404/`. */
  path: string;
  html: string;
}

/**
 * Changes a page before it is written. Runs on Astro's own thread, between
 * pages, so it must be quick. It gets and returns the page's bytes as a
 * Latin-1 string ({@link PageBytesText}).
 */
export type PageTransform = (page: { path: string; bytesText: PageBytesText }) => PageBytesText;

/**
 * A page's UTF-8 bytes read one character per byte (Latin-1). Markup, which
 * is ASCII, reads as usual; other text shows as its UTF-8 bytes. Turning
 * bytes into such a string and back costs almost nothing and is exact, where
 * decoding and re-encoding UTF-8 cost the build a third of a second per
 * thousand pages on Astro's thread.
 */
export type PageBytesText = string;

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

/** Messages to the readers' worker (renderedPagesWorker.ts). */
export type ToReaders =
  | { kind: 'reader'; id: number; module: string; options: unknown }
  | { kind: 'page'; path: string; bytes: Uint8Array }
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
  readers: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
  readersStarted: number;
  /** Numbers requests as Astro starts them: the order the readers get pages in. */
  nextStarted: number;
  inTurn: InTurn<{ path: string; bytes: Uint8Array }>;
  pagesDelivered: number;
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
 * the order Astro starts them (the same in every build), so the work is
 * done on the other core while Astro renders the next pages.
 * Call `finish` in `astro:build:done` for the reader's result.
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
    finish(siteDir) {
      worker.postMessage({ kind: 'finish', id, siteDir } satisfies ToReaders);
      return result;
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
  // Never what keeps the build's process running: it ends when every reader has finished, or with the build.
  worker.unref();
  worker.on('message', (message: FromReaders) => {
    const reader = state.readers.get(message.id);
    if (!reader) return;
    if (message.kind === 'finished') reader.resolve(message.result);
    else reader.reject(new Error(message.message));
    state.readers.delete(message.id);
    if (state.readers.size === 0) void worker.terminate();
  });
  worker.on('error', (error) => {
    for (const reader of state.readers.values()) reader.reject(error);
    state.readers.clear();
  });
  return worker;
}

/** From the middleware, as Astro starts a request: its turn, or undefined outside a build. */
export function startRequest(): number | undefined {
  const state = tap();
  if (!state) return undefined;
  state.nextStarted += 1;
  return state.nextStarted - 1;
}

/** From the middleware: the page's bytes with every transform applied, as they will be written. */
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
export function finishRequest(turn: number, page: { path: string; bytes: Uint8Array } | null): void {
  const state = tap();
  if (!state) return;
  for (const ready of state.inTurn.finish(turn, page)) {
    state.pagesDelivered += 1;
    // Bytes, decoded on the worker, and handed over rather than copied when they fill their own buffer
    // (Astro's Response has its own copy). Small buffers may share Node's pool: those are copied.
    const owned = ready.bytes.byteOffset === 0 && ready.bytes.byteLength === ready.bytes.buffer.byteLength;
    state.worker?.postMessage(
      { kind: 'page', path: ready.path, bytes: ready.bytes } satisfies ToReaders,
      owned ? [ready.bytes.buffer as ArrayBuffer] : [],
    );
  }
}

/**
 * Hands every page the build renders to the integrations that check, change
 * or index it (link check, security policy, search index) while the page is
 * still in memory. Before, each of them read all of `dist/` back after the
 * pages, parsing every page again and writing it a second time: at a
 * thousand pages, most of the time the build spent after its pages. Now
 * the reading happens on a worker thread beside Astro's rendering.
 *
 * Must come before the integrations that use it. Fails the build if `dist/`
 * holds a page that did not pass through it (say from Astro's experimental
 * incremental build, which restores pages instead of rendering them): such
 * a page would be published unchecked.
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
      'astro:build:start': () => {
        (globalThis as Global)[TAP] = {
          transforms: [],
          worker: undefined,
          readers: new Map(),
          readersStarted: 0,
          nextStarted: 0,
          inTurn: new InTurn(),
          pagesDelivered: 0,
        };
      },
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await builtFiles(siteDir)).filter((file) => file.endsWith('.html'));
        const seen = tap()?.pagesDelivered ?? 0;
        if (pages.length !== seen) {
          await refusePublishing(siteDir, `Only ${seen} of the ${pages.length} pages written were checked`, [
            'Every page must be rendered by one of the routes in src/pages/, which the checks see; something else wrote HTML into the output.',
          ]);
        }
      },
    },
  };
}
