import { defineMiddleware } from 'astro:middleware';
import { finishRequest, startRequest, transformPage } from './renderedPages';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Astro runs this for every page and file it prerenders (see
 * renderedPages.ts). It comes first in the chain, so it sees each page
 * exactly as it will be written.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const turn = startRequest();
  if (turn === undefined) return next();
  let page: { path: string; bytes: Uint8Array<ArrayBuffer> } | null = null;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const path = context.url.pathname.slice(base.length) || '/';
    // As bytes throughout, as Astro writes them: see PageBytesText.
    page = { path, bytes: transformPage(path, new Uint8Array(await response.arrayBuffer())) };
    return new Response(page.bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } finally {
    finishRequest(turn, page);
  }
});
