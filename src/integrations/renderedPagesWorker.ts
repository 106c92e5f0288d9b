/*
 * The worker thread of renderedPages.ts: runs each page reader module on
 * every page, in the order sent. Loaded by Node itself, not by Vite, so its
 * imports (and the readers') name their files with the .ts extension.
 */
import { parentPort } from 'node:worker_threads';
import type { CreatePageReader, FromReaders, RenderedPage, ToReaders } from './renderedPages.ts';

type Reader = ReturnType<CreatePageReader<unknown, unknown>>;

/** Each reader's work so far: pages are read one after another per reader, readers beside each other. */
const readers = new Map<number, { reader: Promise<Reader>; work: Promise<unknown> }>();

const decoder = new TextDecoder();

function post(message: FromReaders): void {
  parentPort?.postMessage(message);
}

parentPort?.on('message', (message: ToReaders) => {
  if (message.kind === 'reader') {
    const reader = import(message.module).then((module: { createPageReader: CreatePageReader<unknown, unknown> }) =>
      module.createPageReader(message.options),
    );
    readers.set(message.id, { reader, work: reader });
  } else if (message.kind === 'page') {
    const page: RenderedPage = { path: message.path, route: message.route, html: decoder.decode(message.bytes) };
    for (const entry of readers.values()) entry.work = entry.work.then(async () => (await entry.reader).read(page));
  } else {
    const entry = readers.get(message.id);
    if (!entry) return;
    // Finished: later pages (written without a route, after search indexing) are not for this reader.
    readers.delete(message.id);
    entry.work
      .then(async () => (await entry.reader).finish(message.siteDir))
      .then(
        (result) => post({ kind: 'finished', id: message.id, result }),
        (error: unknown) =>
          post({
            kind: 'failed',
            id: message.id,
            // A reader reports problems with the site in its result; a throw is a fault, so its stack helps.
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
      );
  }
});
