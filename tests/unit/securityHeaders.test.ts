import { describe, expect, test } from 'vitest';
import {
  CACHE_RULES,
  contentSecurityPolicy,
  hostHeadersFile,
  hostRedirectsFile,
  nginxSiteFile,
  PERMISSIONS_POLICY,
  scriptHash,
  securityHeaders,
  withPolicyMeta,
} from '../../src/lib/builtSite/securityHeaders.ts';

describe('scriptHash', () => {
  test('is the CSP source for the exact script text', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('alert(1) ')).not.toBe(scriptHash('alert(1)'));
  });

  test('hashes text beyond ASCII as its UTF-8 bytes, as browsers do', () => {
    // sha256 of the UTF-8 bytes e2 8c 98 ("⌘"), not of UTF-16 or Latin-1.
    expect(scriptHash('⌘')).toBe("'sha256-cLS2KmCV5hL0rW+OZtr06YFwsqtvJjbv8U0p1ykFl14='");
  });
});

describe('contentSecurityPolicy', () => {
  const header = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"], 'header');
  const meta = contentSecurityPolicy(["'sha256-a'"], 'meta');

  test('denies by default and allows scripts only from the site, by hash, and WebAssembly', () => {
    expect(header).toMatch(/^default-src 'none'; /);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(header).toContain(directive);
    }
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  test('leaves frame-ancestors out of the meta version, where browsers ignore it and report an error', () => {
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("object-src 'none'");
  });
});

describe('securityHeaders', () => {
  test('sends the policy, a year of HSTS and the other headers scanners look for', () => {
    const headers = Object.fromEntries(securityHeaders([]));
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      365 * 24 * 3600,
    );
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  test('the permissions policy switches features off, keeping only copying for the site itself', () => {
    const features = PERMISSIONS_POLICY.split(', ');
    expect(features).toContain('camera=()');
    expect(features).toContain('geolocation=()');
    expect(features.filter((feature) => !feature.endsWith('=()'))).toEqual(['clipboard-write=(self)']);
  });
});

describe('host files', () => {
  test('no two caching patterns overlap, since Cloudflare would join their values', () => {
    const prefixes = CACHE_RULES.map((rule) => rule.pattern.replace(/\*$/, ''));
    for (const a of prefixes) {
      for (const b of prefixes) if (a !== b) expect(b.startsWith(a), `${a} covers ${b}`).toBe(false);
    }
  });

  test('_headers puts the security headers on every path and caching on asset paths, under the base path', () => {
    const file = hostHeadersFile('/library-benefits/', ["'sha256-a'"]);
    expect(file).toContain("/library-benefits/*\n  Content-Security-Policy: default-src 'none';");
    expect(file).toContain('/library-benefits/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/library-benefits/pagefind/pagefind-entry.json\n  Cache-Control: no-cache');
  });

  test("_headers gives the editor its own policy after the site's rule, noindex, and a sign-in pop-up it can hear", () => {
    const file = hostHeadersFile('/library-benefits/', ["'sha256-a'"]);
    const editor = file.slice(file.indexOf('/library-benefits/admin/*\n'));
    expect(file.indexOf('/library-benefits/admin/*\n')).toBeGreaterThan(file.indexOf('/library-benefits/*\n'));
    expect(editor).toMatch(
      /^\/library-benefits\/admin\/\*\n {2}Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval';/,
    );
    expect(editor).toContain('  Cross-Origin-Opener-Policy: same-origin-allow-popups\n');
    expect(editor).toContain('  X-Robots-Tag: noindex, nofollow\n');
    expect(editor.split('\n\n')[0]).not.toContain('sha256-a');
  });

  test('_redirects sends /sitemap.xml to the sitemap Astro writes', () => {
    expect(hostRedirectsFile('/')).toContain('/sitemap.xml /sitemap-index.xml 301');
  });

  test('the nginx file sets the headers for the server and repeats them in every location, and hides the host files', () => {
    const file = nginxSiteFile('/docs/', ["'sha256-a'"]);
    const locations = file.match(/^location /gm) ?? [];
    const policy = /add_header Content-Security-Policy "[^"]*'sha256-a'[^"]*" always;/;
    // At server level, for nginx's own error pages and the locations that add no header (the redirect, the hidden files)…
    expect(file.split('\nlocation ')[0]).toMatch(new RegExp(`^${policy.source}$`, 'm'));
    // …and in every location that serves files, since one add_header there drops all inherited ones.
    const policies = file.match(new RegExp(`^    ${policy.source}`, 'gm')) ?? [];
    // (All but three: the redirect, the hidden files, and the editor, which has a policy of its own.)
    expect(policies.length).toBe(locations.length - 3);
    expect(file).toMatch(
      /location \^~ \/docs\/admin\/ \{\n {4}add_header Content-Security-Policy "default-src 'none'; script-src 'self' 'unsafe-eval';[^\n]*\n(?: {4}add_header .*\n)* {4}add_header X-Robots-Tag "noindex, nofollow" always;/,
    );
    expect(file).toContain('location = /docs/manifest.webmanifest {\n    add_header Content-Security-Policy');
    expect(file).toContain('    types { application/manifest+json webmanifest; }\n}');
    expect(file).toContain('error_page 404 /docs/404.html;');
    expect(file).toContain('location ^~ /docs/_astro/ {');
    expect(file).toContain('location = /docs/sitemap.xml {\n    return 301 /docs/sitemap-index.xml;');
    expect(file).toContain('location ~ ^/docs/(?:_headers|_redirects|_nginx\\.conf)$ {');
  });

  test('nginx sends the events’ calendar files as text/calendar in UTF-8, with the headers, revalidated', () => {
    const file = nginxSiteFile('/docs/', []);
    const calendar = /^location ~ \^\/docs\/events\/\[\^\/\]\+\\\.ics\$ \{\n([\s\S]*?)\n\}/m.exec(file)?.[1] ?? '';
    expect(calendar).toContain('    types { text/calendar ics; }');
    expect(calendar).toContain('    charset_types text/calendar;');
    expect(calendar).toContain('    add_header Cache-Control "no-cache" always;');
    expect(calendar).toContain('    add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe('withPolicyMeta', () => {
  test('puts the policy straight after the charset, before any script', () => {
    const page = withPolicyMeta('<head><meta charset="utf-8"><script>a()</script>', "default-src 'none'");
    expect(page).toBe(
      `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><script>a()</script>`,
    );
  });

  test('refuses a page without a charset rather than guessing where the head is', () => {
    expect(withPolicyMeta('<p>no head</p>', "default-src 'none'")).toBeUndefined();
  });
});
