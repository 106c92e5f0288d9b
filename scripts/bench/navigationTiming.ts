/**
 * From a click on a link to the next page's first paint, in Chromium, with
 * the site's speculation rules and without them, over a slow network.
 *
 * The built site is served on loopback behind a small proxy that holds every
 * answer for a round trip's time, prefetches included (Chromium's own network
 * emulation may not slow the requests the browser makes for itself), and
 * that can take the speculation rules out of each page. Each run opens the
 * page in a fresh browser context (nothing cached from an earlier run), rests
 * the pointer on the link as a visitor does before clicking, clicks, and
 * reads the new page's first contentful paint, which the browser times from
 * the start of the navigation, that is from the click.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE_RULES } from '../../src/lib/builtSite/securityHeaders.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/staticServer.ts';

export interface NavigationRun {
  rules: boolean;
  /** Click to the next page's first contentful paint. */
  clickToPaintMs: number;
  /** How the page came: "navigational-prefetch" when the prefetch was used. */
  deliveryType: string;
}

export interface NavigationOptions {
  /** Page the visitor is on, and the link's address on it. */
  from: string;
  to: string;
  runs: number;
  /** Added to every answer, as a round trip would. */
  latencyMs: number;
  /** How long the pointer rests on the link before the click. */
  hoverMs: number;
}

const RULES_BLOCK = /<script type="speculationrules">[\s\S]*?<\/script>/;

/** The Cache-Control a host gives `path` (src/lib/builtSite/securityHeaders.ts), so styles stay cached as they do for visitors. */
function cacheControl(path: string): string {
  const inSite = path.replace(/^\//, '');
  const rule = CACHE_RULES.find(({ pattern }) =>
    pattern.endsWith('/*') ? inSite.startsWith(pattern.slice(0, -1)) : inSite === pattern,
  );
  return rule?.cacheControl ?? 'no-cache';
}

/** A proxy to `target` that waits `latencyMs` before each answer and, with `withoutRules`, takes the rules out of pages. */
async function slowProxy(
  target: string,
  latencyMs: number,
  withoutRules: boolean,
): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = request(new URL(incoming.url ?? '/', target), { headers: incoming.headers }, (answer) => {
        const isPage = (answer.headers['content-type'] ?? '').startsWith('text/html');
        answer.headers['cache-control'] = cacheControl(new URL(incoming.url ?? '/', target).pathname);
        if (!withoutRules || !isPage) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          // The page is shorter without the rules, so its length is counted again.
          const page = Buffer.from(Buffer.concat(chunks).toString('utf8').replace(RULES_BLOCK, ''));
          outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(page.length) });
          outgoing.end(page);
        });
      });
      upstream.on('error', () => outgoing.writeHead(502).end());
      upstream.end();
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Runs alternate with and without the rules, so a machine that slows down slows both alike. */
export async function navigationTiming(distDir: string, options: NavigationOptions): Promise<NavigationRun[]> {
  const site = await serveDirectory(distDir);
  const proxies = {
    with: await slowProxy(site.url, options.latencyMs, false),
    without: await slowProxy(site.url, options.latencyMs, true),
  };
  const browser = await launchChromium();
  const runs: NavigationRun[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      for (const rules of [true, false]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(new URL(options.from.replace(/^\//, ''), (rules ? proxies.with : proxies.without).url).href, {
          waitUntil: 'load',
        });
        const link = page.locator(`main a[href="${options.to}"]`).first();
        await link.hover();
        await page.waitForTimeout(options.hoverMs);
        await Promise.all([page.waitForURL(`**${options.to}`), link.click()]);
        const timing = await page.evaluate(
          () =>
            new Promise<{ paint: number; deliveryType: string }>((resolve) => {
              const navigation = performance.getEntriesByType('navigation')[0] as
                (PerformanceNavigationTiming & { deliveryType?: string }) | undefined;
              const report = (paint: number) => resolve({ paint, deliveryType: navigation?.deliveryType ?? '' });
              const painted = performance.getEntriesByName('first-contentful-paint')[0];
              if (painted) return report(painted.startTime);
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) report(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        runs.push({ rules, clickToPaintMs: Math.round(timing.paint), deliveryType: timing.deliveryType || 'network' });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const proxy of Object.values(proxies)) await new Promise((resolve) => proxy.server.close(resolve));
    await site.close();
  }
  return runs;
}
