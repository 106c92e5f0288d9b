/*
 * The built site behind a real nginx with the shipped configuration: status
 * codes, headers, caching and compression, then every page template and
 * feature in Chromium under the strict Content Security Policy, failing on
 * any violation the browser reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { securityHeaders } from '../../src/lib/builtSite/securityHeaders.ts';
import { cmsConfig } from '../../src/lib/cms/cmsConfig.ts';
import { valueFormText } from '../../src/strings.ts';
import { launchChromium, openPage, sitemapPaths } from '../support/browser.ts';
import {
  nginxInstalled,
  NGINX_PATH,
  OPENSSL_PATH,
  opensslInstalled,
  startNginx,
  type RunningNginx,
} from '../support/nginx.ts';

const distDir = inject('distDir');

if (!nginxInstalled && process.env['CI']) {
  throw new Error(`nginx is not installed at ${NGINX_PATH}; .ci/run installs it (apt-get install nginx)`);
}
if (nginxInstalled && !opensslInstalled && process.env['CI']) {
  throw new Error(`openssl is not installed at ${OPENSSL_PATH}; .ci/run installs it (apt-get install openssl)`);
}
if (nginxInstalled && !opensslInstalled) console.warn(`Skipping the TLS tests: no openssl at ${OPENSSL_PATH}.`);
if (!nginxInstalled) console.warn(`Skipping the nginx tests: no nginx at ${NGINX_PATH} (apt-get install nginx).`);

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One raw request, so redirects are seen as sent and compression can be asked for. */
function request(
  server: RunningNginx,
  path: string,
  headers: Record<string, string> = {},
  url = server.url,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(new URL(path.replace(/^\//, ''), url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

/**
 * Bytes sent as they are, for requests no HTTP client would send. Reads the
 * status and headers of the answer (nginx closes the connection after an error).
 */
function rawRequest(server: RunningNginx, bytes: string): Promise<Omit<Reply, 'body'>> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = ''] = answer.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: IncomingHttpHeaders = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
  });
}

/**
 * Opens a TLS connection offering only the given TLS 1.2 ciphers, or only
 * TLS 1.3, and says which cipher the server agreed to, or that it refused.
 */
function handshake(
  server: RunningNginx,
  offer: { ciphers: string; version: 'TLSv1.2' } | { version: 'TLSv1.3' },
): Promise<string> {
  const { host, port } = server.tls ?? { host: '', port: 0 };
  return new Promise((resolve) => {
    const socket = connectTls({
      host,
      port,
      servername: 'library-benefits.example',
      // A throwaway self-signed certificate: what is tested is the offer, not the trust.
      rejectUnauthorized: false,
      minVersion: offer.version,
      maxVersion: offer.version,
      ...('ciphers' in offer ? { ciphers: offer.ciphers } : {}),
    });
    socket.once('secureConnect', () => {
      resolve(socket.getCipher().standardName);
      socket.end();
    });
    socket.once('error', () => resolve('refused'));
  });
}

const firstFile = (folder: string, extension: string) => {
  const name = readdirSync(join(distDir, folder)).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} file in dist/${folder}`);
  return `/${folder}/${name}`;
};

describe.skipIf(!nginxInstalled)('behind nginx with the shipped configuration', () => {
  let server: RunningNginx;
  /** The security headers every response must carry, from the pages as built. */
  let expectedHeaders: [string, string][];

  beforeAll(async () => {
    server = await startNginx(distDir);
    // Every page carries the same scripts, so the home page's policy names every hash the headers allow.
    const home = readFileSync(join(distDir, 'index.html'), 'utf8');
    const hashes = home.match(/'sha256-[^']+'/g) ?? [];
    expectedHeaders = securityHeaders(hashes).map(([name, value]) => [name.toLowerCase(), value]);
  });

  afterAll(async () => {
    await server?.close();
  });

  const expectSecurityHeaders = (reply: Omit<Reply, 'body'>, what: string) => {
    for (const [name, value] of expectedHeaders) expect(reply.headers[name], `${name} on ${what}`).toBe(value);
  };

  test('pages answer 200 with every security header, and are revalidated on each visit', async () => {
    for (const path of ['/', '/benefits/', '/benefits/training/', '/join/', '/about/', '/search/']) {
      const reply = await request(server, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control'], path).toBe('no-cache');
      expectSecurityHeaders(reply, path);
    }
    const csp = expectedHeaders.find(([name]) => name === 'content-security-policy')?.[1] ?? '';
    for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
  });

  test('an address without its trailing slash redirects to the one with it, on the same host', async () => {
    const reply = await request(server, '/benefits/training');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/benefits/training/');
  });

  test('a path with an encoded slash is refused, a query with one is not', async () => {
    for (const path of ['/x%2F..%2Fvalue/', '//other.example/x%2f..%2F..%2Fvalue/']) {
      const reply = await request(server, path);
      expect(reply.status, path).toBe(400);
      expectSecurityHeaders(reply, path);
    }
    expect((await request(server, '/search/?q=CE%2FCPD')).status).toBe(200);
  });

  test('an unknown address gets the 404 page with status 404, headers included', async () => {
    const reply = await request(server, '/no-such-page/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Page not found');
    expectSecurityHeaders(reply, 'the 404 page');
  });

  test('/sitemap.xml leads to the sitemap, and the host configuration files are not served', async () => {
    const sitemap = await request(server, '/sitemap.xml');
    expect(sitemap.status).toBe(301);
    expect(sitemap.headers['location']).toBe('/sitemap-index.xml');
    expect((await request(server, '/sitemap-index.xml')).status).toBe(200);
    expectSecurityHeaders(sitemap, 'the /sitemap.xml redirect');
    for (const path of ['/_headers', '/_redirects', '/_nginx.conf']) {
      const hidden = await request(server, path);
      expect(hidden.status, path).toBe(404);
      expectSecurityHeaders(hidden, path);
    }
  });

  test('the web app manifest is served as a manifest, with every security header', async () => {
    const reply = await request(server, '/manifest.webmanifest');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/manifest+json');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(reply, 'the manifest');
  });

  test("nginx's own error pages carry every security header and no version", async () => {
    const tooLong = await request(server, `/${'a'.repeat(10_000)}`);
    expect(tooLong.status).toBe(414);
    expectSecurityHeaders(tooLong, 'the 414 page');
    expect(tooLong.headers['server']).toBe('nginx');
    expect(tooLong.body.toString()).not.toMatch(/nginx\//);
    const malformed = await rawRequest(server, 'GET / HTTP/1.1\r\nHost: bad/host\r\n\r\n');
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed, 'the 400 page');
    expect(malformed.headers['server']).toBe('nginx');
  });

  describe.skipIf(!opensslInstalled)('over TLS, with the shipped settings', () => {
    test('TLS 1.2 agrees only to forward-secret AEAD ciphers: a CBC-only client is refused', async () => {
      expect(
        await handshake(server, { version: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA384' }),
      ).toBe('refused');
      expect(await handshake(server, { version: 'TLSv1.2', ciphers: 'AES128-GCM-SHA256' })).toBe('refused');
      expect(await handshake(server, { version: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' })).toBe(
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      );
      expect(await handshake(server, { version: 'TLSv1.2', ciphers: 'ECDHE-RSA-CHACHA20-POLY1305' })).toBe(
        'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
      );
    });

    test('TLS 1.3 is offered', async () => {
      expect(await handshake(server, { version: 'TLSv1.3' })).toMatch(/^TLS_(AES|CHACHA20)_/);
    });
  });

  test('plain HTTP moves to HTTPS on the configured name, whatever Host it is sent, and shows no version', async () => {
    const reply = await request(server, '/benefits/?q=x', { host: 'attacker.example' }, server.plainHttpUrl);
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('https://library-benefits.example/benefits/?q=x');
    expect(reply.headers['server']).toBe('nginx');
    expect(reply.body.toString()).not.toMatch(/nginx\//);
  });

  test('hashed assets are cached for a year; Pagefind files by whether their names change', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of [
      firstFile('_astro', '.css'),
      firstFile('pagefind/index', '.pf_index'),
      firstFile('pagefind/fragment', '.pf_fragment'),
      firstFile('pagefind/filter', '.pf_filter'),
    ]) {
      const reply = await request(server, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(immutable);
      expectSecurityHeaders(reply, path);
    }
    const entry = await request(server, '/pagefind/pagefind-entry.json');
    expect(entry.status).toBe(200);
    expect(entry.headers['cache-control']).toBe('no-cache');
    const engine = await request(server, '/pagefind/pagefind.js');
    expect(engine.headers['cache-control']).toBe('no-cache');
  });

  test('every page and text file is sent as the brotli or gzip copy the build wrote, or as it is, with Vary', async () => {
    const paths = [
      ...sitemapPaths(distDir),
      '/search/',
      firstFile('_astro', '.css'),
      '/pagefind/pagefind.js',
      '/favicon.svg',
      '/manifest.webmanifest',
    ];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
      for (const [acceptEncoding, contentEncoding, sent] of [
        ['br, gzip', 'br', `${file}.br`],
        ['gzip', 'gzip', `${file}.gz`],
        ['', undefined, file],
      ] as const) {
        const what = `${path} asked with Accept-Encoding "${acceptEncoding}"`;
        const reply = await request(server, path, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
        expect(reply.status, what).toBe(200);
        expect(reply.headers['content-encoding'], what).toBe(contentEncoding);
        expect(reply.body.equals(readFileSync(sent)), `${what}: the body is ${sent}`).toBe(true);
        expect(reply.headers['vary'], what).toMatch(/Accept-Encoding/i);
        expectSecurityHeaders(reply, what);
      }
    }
  });

  test("Pagefind's gzipped files go as brotli of what they hold to browsers that take it, as they are to others", async () => {
    for (const path of [firstFile('pagefind/index', '.pf_index'), firstFile('pagefind/fragment', '.pf_fragment')]) {
      const file = join(distDir, path);
      const brotli = await request(server, path, { 'accept-encoding': 'br, gzip' });
      expect(brotli.headers['content-encoding'], path).toBe('br');
      expect(brotli.body.equals(readFileSync(`${file}.br`)), path).toBe(true);
      expect(brotli.headers['vary'], path).toMatch(/Accept-Encoding/i);
      for (const acceptEncoding of ['gzip', '']) {
        const reply = await request(server, path, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
        expect(reply.headers['content-encoding'], `${path} with "${acceptEncoding}"`).toBeUndefined();
        expect(reply.body.equals(readFileSync(file)), `${path} with "${acceptEncoding}"`).toBe(true);
      }
    }
  });

  describe('in Chromium, under the Content Security Policy', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    /** Opens a page and records every policy violation and console error it causes. */
    async function open(
      path: string,
      options: BrowserContextOptions = {},
      beforeLoading: (page: Page) => Promise<void> = () => Promise.resolve(),
    ): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
      const problems: string[] = [];
      const address = new URL(path.replace(/^\//, ''), server.url).href;
      let policyHeader: string | undefined;
      const page = await openPage(browser, address, options, async (page) => {
        await beforeLoading(page);
        await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            void (window as unknown as { reportViolation(text: string): Promise<void> }).reportViolation(
              `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
            );
          });
        });
        page.on('response', (response) => {
          if (response.url() === address) policyHeader = response.headers()['content-security-policy'];
        });
        page.on('console', (message) => {
          const text = message.text();
          // The 404 page's own status is reported as an error; it is the point of that page.
          if (message.type() === 'error' && !(message.location().url === address && text.includes('404'))) {
            problems.push(`console: ${text}`);
          }
          // Chromium only warns about header mistakes, such as a feature it does not know.
          if (message.type() === 'warning' && /Permissions-Policy|Content.Security.Policy/i.test(text)) {
            problems.push(`console warning: ${text}`);
          }
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      });
      expect(policyHeader, path).toBeTruthy();
      return { page, problems, close: () => page.context().close() };
    }

    test('the theme menu works on every kind of page', async () => {
      const templates = [
        '/',
        '/benefits/',
        '/benefits/training/',
        '/for/students/',
        '/join/',
        '/about/',
        '/search/',
        '/value/',
        '/make-the-case/',
        '/missing/',
      ];
      for (const path of templates) {
        const { page, problems, close } = await open(path);
        await page.locator('[data-theme-select]').selectOption('dark');
        expect(await page.evaluate(() => document.documentElement.dataset['theme']), path).toBe('dark');
        expect(problems, path).toEqual([]);
        await close();
      }
    });

    test('the search dialog opens, searches, filters, and opens a result with the words highlighted', async () => {
      const { page, problems, close } = await open('/benefits/conferences/');
      await page.keyboard.press('Control+k');
      const dialog = page.locator('dialog[data-search-dialog]');
      await dialog.getByRole('combobox').fill('mentor');
      await expect
        .poll(() => dialog.getByRole('status').textContent(), { timeout: 10_000 })
        .toMatch(/pages? found for/);
      await dialog.getByText('Filter by benefit or audience').click();
      await expect.poll(() => dialog.locator('input[type=checkbox]').count()).toBeGreaterThan(0);
      await dialog.getByRole('combobox').focus();
      await Promise.all([page.waitForURL(/highlight=/), page.keyboard.press('Enter')]);
      await expect
        .poll(() => page.locator('mark[data-search-highlight]').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await close();
    });

    test('the search page works from its address', async () => {
      const { page, problems, close } = await open('/search/?q=journals&audience=Managers');
      const panel = page.locator('[data-search-page]');
      await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/pages? found/);
      expect(await panel.getByRole('option').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await close();
    });

    test('the value calculator calculates, keeps its figures in the address, copies and prints', async () => {
      const { page, problems, close } = await open('/value/', { permissions: ['clipboard-write'] });
      await page.getByLabel('Yearly dues', { exact: true }).fill('100');
      const item = page.getByRole('group', { name: 'Item 1' });
      await item.getByLabel(valueFormText.member, { exact: true }).fill('60');
      await item.getByLabel(valueFormText.other, { exact: true }).fill('110');
      await expect.poll(() => page.locator('[data-value-total="savings"]').textContent()).toMatch(/50/);
      await expect.poll(() => new URL(page.url()).search).not.toBe('');
      // Copying is allowed to the site; reading the clipboard back is not (Permissions-Policy), so the
      // tool's own confirmation, which it shows only once the browser has taken the text, is the proof.
      await page.getByRole('button', { name: 'Copy result as text' }).click();
      await expect
        .poll(() => page.locator('[data-value-result] [data-tool-status]').textContent())
        .toMatch(/^Copied your result to the clipboard/);
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', '');
      });
      await page.getByRole('button', { name: 'Print result' }).click();
      expect(await page.locator('body[data-printed]').count()).toBe(1);
      expect(problems).toEqual([]);
      await close();
    });

    test('the letter tool writes, copies and downloads the letter', async () => {
      const { page, problems, close } = await open('/make-the-case/', {
        permissions: ['clipboard-write'],
        acceptDownloads: true,
      });
      await page.getByLabel('Your name').fill('Sam Reader');
      await page.getByLabel('Your library').fill('Riverside Library');
      const letter = page.getByLabel('The letter updates as you fill in the form', { exact: false });
      await expect.poll(() => letter.inputValue()).toContain('Sam Reader');
      await page.getByRole('button', { name: 'Copy letter' }).click();
      await expect
        .poll(() => page.locator('[data-letter-result] [data-tool-status]').textContent())
        .toMatch(/^Copied the letter to the clipboard/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a text file' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.txt$/);
      expect(problems).toEqual([]);
      await close();
    });

    test('the next page is prefetched when a visitor points at its link; search, queries and /admin/ never are', async () => {
      const candidates = new Set<string>();
      const prefetched: string[] = [];
      const ruleErrors: string[] = [];
      const { page, problems, close } = await open('/benefits/', {}, async (page) => {
        // Chromium's DevTools protocol reports the rules, the links they match and each prefetch.
        const devtools = await page.context().newCDPSession(page);
        devtools.on('Preload.ruleSetUpdated', ({ ruleSet }) => {
          if (ruleSet.errorType) ruleErrors.push(`${ruleSet.errorType}: ${ruleSet.errorMessage ?? ''}`);
        });
        devtools.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) => {
          candidates.clear();
          for (const source of preloadingAttemptSources)
            candidates.add(new URL(source.key.url).pathname + new URL(source.key.url).search);
        });
        devtools.on('Preload.prefetchStatusUpdated', ({ prefetchUrl, status }) => {
          if (status === 'Ready') prefetched.push(new URL(prefetchUrl).pathname);
        });
        await devtools.send('Preload.enable');
      });
      // Links the rules must leave alone, and one they must take (a page this page does not link to).
      await page.evaluate(() => {
        for (const href of [
          '/search/',
          '/search/?q=mentor',
          '/value/?dues=100',
          '/admin/',
          '/about/?from=test',
          '/glossary/#top-x',
          '/ways-to-take-part/',
        ]) {
          const link = document.createElement('a');
          link.href = href;
          link.textContent = href;
          document.querySelector('main')?.prepend(link);
        }
      });
      await expect.poll(() => candidates.has('/ways-to-take-part/'), { timeout: 10_000 }).toBe(true);
      expect([...candidates].filter((path) => path.includes('?') || /^\/(search|admin)\//.test(path))).toEqual([]);
      expect(candidates.has('/benefits/training/')).toBe(true);
      await page.locator('main a[href="/benefits/training/"]').first().hover();
      await expect.poll(() => prefetched, { timeout: 10_000 }).toContain('/benefits/training/');
      expect(ruleErrors).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });

    test.each([
      ['asks to save data', false, { saveData: true, effectiveType: '4g' }],
      ['is on a 2G connection', false, { saveData: false, effectiveType: '2g' }],
      ['is on 3G', true, { saveData: false, effectiveType: '3g' }],
    ])('when the visitor %s, the prefetch rules are kept: %s', async (_case, kept, connection) => {
      const { page, problems, close } = await open('/benefits/', {}, async (page) => {
        // What Chromium's Network Information API would say on such a connection.
        await page.addInitScript(
          (hints) => Object.defineProperty(navigator, 'connection', { value: hints }),
          connection,
        );
      });
      // The script that takes them away is a module, run before the page's load event, which goto waited for.
      expect(await page.locator('script[type="speculationrules"]').count()).toBe(kept ? 1 : 0);
      expect(problems).toEqual([]);
      await close();
    });

    test('a page cannot be framed by another site', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const refusals: string[] = [];
      page.on('console', (message) => refusals.push(message.text()));
      await page.setContent(`<iframe src="${new URL('about/', server.url).href}"></iframe>`);
      await expect.poll(() => refusals.join('\n'), { timeout: 5_000 }).toMatch(/frame-ancestors/);
      const framed = page.frames().find((frame) => frame !== page.mainFrame());
      expect(framed?.url() ?? '').not.toBe(new URL('about/', server.url).href);
      await context.close();
    });

    test('the browser editor starts under its own policy, sent by nginx, with no violation', async () => {
      const reply = await request(server, '/admin/');
      expect(reply.status).toBe(200);
      expect(reply.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
      expect(reply.headers['x-robots-tag']).toBe('noindex, nofollow');
      // The test build's REPOSITORY_URL is on no known Git host, so its editor says it is not set up; here
      // it gets a GitHub repository, as a real site would, the page otherwise as built and served.
      const config = cmsConfig({
        contentFolder: 'content',
        benefitIds: ['training'],
        repository: { url: 'https://github.com/acme/library-benefits/', branch: 'main' },
      });
      const withRepository = async (page: Page) => {
        await page.route('**/admin/', async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(
            /<main>[\s\S]*<\/main>/,
            `<script type="application/json" id="cms-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`,
          );
          await route.fulfill({ response, body: html });
        });
      };
      const { page, problems, close } = await open('/admin/', {}, withRepository);
      await page.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 30_000 });
      expect(problems).toEqual([]);
      await close();
    });
  });
});
