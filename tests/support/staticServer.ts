import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  /** Base address with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * A minimal static file server for the built site, on a free loopback port.
 * It behaves like a typical static host: `/path/` serves `/path/index.html`,
 * unknown paths get `404.html` with status 404. With `basePath` the site is
 * served from that folder, as a host would serve a site built with a base.
 */
export async function serveDirectory(root: string, basePath = '/'): Promise<RunningServer> {
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!requested.startsWith(basePath)) {
      response.writeHead(404).end();
      return;
    }
    const pathname = `/${requested.slice(basePath.length)}`;
    const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const file = join(root, relative);
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(400).end();
      return;
    }
    const found = await stat(file).catch(() => undefined);
    if (found?.isFile()) {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    if (found?.isDirectory()) {
      response.writeHead(301, { Location: `${requested}/` }).end();
      return;
    }
    response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html' });
    createReadStream(join(root, '404.html')).pipe(response);
  };
  // A request the handler cannot make sense of (an address with a stray "%") gets 400, not an unhandled error.
  const server: Server = createServer((request, response) => {
    respond(request, response).catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
