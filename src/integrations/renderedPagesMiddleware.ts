import { defineMiddleware } from 'astro:middleware';
import { finishRequest, startRequest, transformPage, type PageBytes } from './renderedPages.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Pages Astro writes as `<name>.html` rather than a folder (see Astro's getOutputFilename). */
const STATUS_PAGES = new Set(['/404', '/500']);

/** The page's path as its file is named (see pagePath): decoded, without the base path. */
function pagePathOf(url: URL): string {
  let path = url.pathname.slice(base.length) || '/';
  try {
    path = decodeURI(path);
  } catch {
    // Not valid percent-encoding: kept as it is, and the link check will say so.
  }
  const withoutSlash = path.replace(/\/$/, '');
  return STATUS_PAGES.has(withoutSlash) ? `${withoutSlash}.html` : path;
}

/**
 * Astro runs this for every page and file it prerenders (see
 * renderedPages.ts). It comes first in the chain, so it sees each page
 * exactly as it will be written.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const turn = startRequest();
  if (turn === undefined) return next();
  let page: PageBytes | null = null;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const path = pagePathOf(context.url);
    // As bytes throughout, as Astro writes them: see PageBytesText.
    const bytes = transformPage(path, new Uint8Array(await response.arrayBuffer()));
    page = { path, route: context.routePattern, bytes };
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    finishRequest(turn, page);
  }
});
