/*
 * The site's security and caching headers, from one source: the build writes
 * them for Netlify and Cloudflare Pages (`_headers`), for nginx (an include
 * file), and puts the Content Security Policy in every page as a meta tag for
 * hosts that cannot send headers. Pure functions, so the rules are unit-tested.
 */
import { createHash } from 'node:crypto';
import { withBase } from '../content/sitePaths.ts';

/** The CSP source for one inline script: browsers compare the hash of its exact text, as UTF-8. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The Content Security Policy. Nothing is allowed by default; everything the
 * site uses comes from the site itself. Inline scripts (the theme switch, the
 * search launcher, the prefetch check, the speculation rules) are allowed
 * only by hash. Pagefind compiles its WebAssembly, which needs
 * 'wasm-unsafe-eval' (it cannot run other code).
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[], delivery: 'header' | 'meta'): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(inlineScriptHashes)].sort()],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
  ];
  return policyText(directives, delivery);
}

/**
 * A policy's text from its directives. `frame-ancestors` works only as a
 * header, and browsers report it as an error in a meta tag, so only the
 * header carries it.
 */
function policyText(directives: [string, ...string[]][], delivery: 'header' | 'meta'): string {
  const all = delivery === 'header' ? [...directives, ['frame-ancestors', "'none'"]] : directives;
  return all.map((directive) => directive.join(' ')).join('; ');
}

/**
 * The browser editor's policy (/admin/ only; see docs/editor.md). Decap CMS
 * needs more than the site: 'unsafe-eval' (it compiles its configuration's
 * schema with `new Function`), inline styles (its components inject
 * <style>), `data:`/`blob:` images and workers, and the GitHub API and
 * avatars once published.
 *
 * Under `npm run edit` (`localEditing`) it may reach the local backend, and
 * names its own origin over http instead of 'self', which would also admit
 * ws: to the same host: the editor then never opens Vite's reload socket, so
 * saving a file (which reloads every page that listens) never reloads the
 * editor and throws away what is being typed. The refused socket is the one
 * error in its console.
 */
export function editorContentSecurityPolicy(
  delivery: 'header' | 'meta',
  localEditing?: { siteOrigin: string; backendOrigin: string },
): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    ['font-src', "'self'", 'data:'],
    localEditing
      ? ['connect-src', localEditing.siteOrigin, localEditing.backendOrigin]
      : ['connect-src', "'self'", 'https://api.github.com'],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', 'blob:'],
    ['manifest-src', "'self'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  return policyText(directives, delivery);
}

/** Headers of the editor's folder: its own policy, and never in search engines. */
function editorHeaders(inlineScriptHashes: readonly string[]): Header[] {
  const own: Record<string, string> = {
    'Content-Security-Policy': editorContentSecurityPolicy('header'),
    // Sign-in happens in a pop-up on the sign-in service, which answers through window.opener:
    // same-origin would cut that link, so pop-ups the editor opens keep it.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  };
  return securityHeaders(inlineScriptHashes)
    .map(([name, value]): Header => [name, own[name] ?? value])
    .concat([['X-Robots-Tag', 'noindex, nofollow']]);
}

/**
 * Browser features the site never uses, all switched off, so nothing that
 * ever runs on these pages can ask for them. Copying to the clipboard stays
 * allowed for the site itself (the calculator and letter tools copy text).
 * Only features Chromium knows are listed: it reports unknown ones as errors.
 */
const FEATURES_OFF = `accelerometer autoplay camera clipboard-read display-capture encrypted-media fullscreen gamepad
  geolocation gyroscope hid idle-detection local-fonts magnetometer microphone midi payment picture-in-picture
  publickey-credentials-get screen-wake-lock serial usb xr-spatial-tracking`.split(/\s+/);

export const PERMISSIONS_POLICY = [...FEATURES_OFF.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(
  ', ',
);

export type Header = readonly [name: string, value: string];

/** The browser editor's address below the base path (src/pages/admin/). */
export const EDITOR_PATH = 'admin/';

/** Headers every response gets. */
export function securityHeaders(inlineScriptHashes: readonly string[]): Header[] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(inlineScriptHashes, 'header')],
    // A year, as browsers and scanners expect. Add includeSubDomains only once every subdomain serves HTTPS.
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const ONE_DAY = 'public, max-age=86400';

/**
 * Caching by path (relative to the base path; `*` = anything below). The
 * patterns never overlap, because Cloudflare Pages joins the values of every
 * matching rule. Files whose names carry a content hash are kept for a year;
 * Pagefind's entry file and engine keep their names across builds, so they
 * and the pages (the host's default) are checked again on every visit.
 */
export const CACHE_RULES: readonly { pattern: string; cacheControl: string }[] = [
  { pattern: '_astro/*', cacheControl: YEAR_IMMUTABLE },
  { pattern: 'pagefind/index/*', cacheControl: YEAR_IMMUTABLE },
  { pattern: 'pagefind/fragment/*', cacheControl: YEAR_IMMUTABLE },
  { pattern: 'pagefind/filter/*', cacheControl: YEAR_IMMUTABLE },
  { pattern: 'pagefind/pagefind-entry.json', cacheControl: REVALIDATE },
  { pattern: 'og/*', cacheControl: ONE_DAY },
  { pattern: 'icons/*', cacheControl: ONE_DAY },
];

/** Asks for /sitemap.xml (where crawlers look first) lead to the sitemap Astro writes. */
const REDIRECTS: readonly { from: string; to: string; status: 301 | 302 }[] = [
  { from: 'sitemap.xml', to: 'sitemap-index.xml', status: 301 },
];

/** `_headers` as Netlify and Cloudflare Pages both read it. */
export function hostHeadersFile(base: string, inlineScriptHashes: readonly string[]): string {
  const block = (pattern: string, headers: readonly Header[]) =>
    `${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  return [
    '# Written by the build (src/lib/builtSite/securityHeaders.ts): edit that file, not this one.',
    block(withBase('/*', base), securityHeaders(inlineScriptHashes)),
    // After the site's rule, so its policy replaces the site's on Netlify, where the later rule wins (docs/editor.md).
    block(withBase(`/${EDITOR_PATH}*`, base), editorHeaders(inlineScriptHashes)),
    ...CACHE_RULES.map((rule) => block(withBase(`/${rule.pattern}`, base), [['Cache-Control', rule.cacheControl]])),
  ].join('\n');
}

/** `_redirects` as Netlify and Cloudflare Pages both read it. */
export function hostRedirectsFile(base: string): string {
  return [
    '# Written by the build (src/lib/builtSite/securityHeaders.ts).',
    ...REDIRECTS.map((rule) => `${withBase(`/${rule.from}`, base)} ${withBase(`/${rule.to}`, base)} ${rule.status}`),
    '',
  ].join('\n');
}

/** A path as a regular expression matches it, character for character. */
const regexEscaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const nginxQuoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The site's part of an nginx server block, for `include` inside one (see
 * deploy/nginx/). The security headers are set at server level, for what
 * nginx answers outside any location (a malformed request, an address too
 * long) and in locations that add no header of their own (redirects), and
 * repeated in every location that does, because nginx drops inherited
 * add_header lines there; `always` sends them with error pages too. Pages
 * are revalidated on every visit, `/about` redirects to `/about/`, and
 * unknown addresses get the 404 page with status 404.
 */
export function nginxSiteFile(base: string, inlineScriptHashes: readonly string[]): string {
  const root = withBase('/', base);
  const siteHeaders = securityHeaders(inlineScriptHashes);
  const headers = (cacheControl: string, indent = '    ', own = siteHeaders) =>
    [...own, ['Cache-Control', cacheControl] as const]
      .map(([name, value]) => `${indent}add_header ${name} ${nginxQuoted(value)} always;`)
      .join('\n');
  const location = (match: string, cacheControl: string, extra: string[] = [], own = siteHeaders) =>
    [`location ${match} {`, headers(cacheControl, '    ', own), ...extra.map((line) => `    ${line}`), '}'].join('\n');
  const locationFor = (pattern: string) =>
    pattern.endsWith('/*') ? `^~ ${withBase(`/${pattern.slice(0, -1)}`, base)}` : `= ${withBase(`/${pattern}`, base)}`;
  return [
    '# Written by the build (src/lib/builtSite/securityHeaders.ts): edit that file, not this one.',
    'charset utf-8;',
    'server_tokens off;',
    '# Redirects keep the scheme, host and port the visitor used.',
    'absolute_redirect off;',
    `error_page 404 ${withBase('/404.html', base)};`,
    '# The build writes brotli (.br) and gzip (.gz) copies beside every text file; nginx sends the one the',
    '# browser accepts as it is (brotli_static needs libnginx-mod-http-brotli-static, see deploy/nginx/).',
    'brotli_static on;',
    'gzip_static on;',
    '# Anything without a copy is gzipped as it is sent.',
    'gzip on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    '# Vary: Accept-Encoding, so a cache never hands one encoding to a browser that asked for another.',
    'gzip_vary on;',
    "# Pagefind's index files are compressed already.",
    'gzip_types text/css text/plain text/xml application/javascript application/json application/manifest+json application/xml image/svg+xml application/wasm;',
    headers(REVALIDATE, ''),
    '# nginx decodes an encoded slash (%2F) in a path, so /x%2F..%2Fvalue/ would be served as /value/ while',
    '# the browser still shows the crafted address, which pages read. No address of the site holds one.',
    'if ($request_uri ~* "^[^?]*%2f") {',
    '    return 400;',
    '}',
    location(root, REVALIDATE, ['try_files $uri $uri/ =404;']),
    // Debian's mime.types does not know the extension; browsers expect this type for a manifest.
    location(`= ${withBase('/manifest.webmanifest', base)}`, REVALIDATE, [
      'types { application/manifest+json webmanifest; }',
    ]),
    // The events' calendar files (src/pages/events/): Debian's mime.types has no type for them either.
    location(`~ ^${regexEscaped(withBase('/events/', base))}[^/]+\\.ics$`, REVALIDATE, [
      'types { text/calendar ics; }',
      'charset_types text/calendar;',
      'gzip_types text/calendar;',
    ]),
    ...CACHE_RULES.map((rule) => location(locationFor(rule.pattern), rule.cacheControl)),
    // The editor: its own policy and headers, in place of the site's (add_header in a location replaces them).
    location(
      `^~ ${withBase(`/${EDITOR_PATH}`, base)}`,
      REVALIDATE,
      ['try_files $uri $uri/ =404;'],
      editorHeaders(inlineScriptHashes),
    ),
    ...REDIRECTS.map(
      (rule) =>
        `location = ${withBase(`/${rule.from}`, base)} {\n    return ${rule.status} ${withBase(`/${rule.to}`, base)};\n}`,
    ),
    // The files the build writes for hosts are not pages.
    `location ~ ^${root}(?:_headers|_redirects|_nginx\\.conf)$ {\n    return 404;\n}`,
    '',
  ].join('\n');
}

/**
 * The page with the policy as the first thing in <head>, so it governs every
 * script that follows; undefined when the page has no charset to put it after.
 */
export function withPolicyMeta(html: string, policy: string): string | undefined {
  const charset = /<meta charset="[^"]*">/i.exec(html);
  if (!charset) return undefined;
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
