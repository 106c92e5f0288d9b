import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { builtFiles, loadBuiltPages } from '../support/builtSite.ts';

/*
 * The browser editor at /admin/ is for editors, kept apart from visitors:
 * never indexed, not in the sitemap or the search index, linked from no
 * page, with its own security policy; and no public page loads its code.
 */
const distDir = inject('distDir');
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const adminHtml = read('admin/index.html');
const admin = new DOMParser().parseFromString(adminHtml, 'text/html') as unknown as Document;
const adminScripts = [...admin.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? '');

describe('the browser editor at /admin/', () => {
  test('is served from the site: its page, its boot script and the Decap bundle, without source maps', () => {
    const files = builtFiles(distDir).filter((file) => file.startsWith('admin/'));
    expect(files).toContain('admin/decap/decap-cms.js');
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    expect(adminScripts).toHaveLength(1);
    expect(adminHtml).not.toMatch(
      /https?:\/\/(?!api\.github\.com|avatars\.githubusercontent\.com)[\w.-]+\.(?:com|net|org)\//,
    );
  });

  test('is never indexed: noindex in the page and in the headers', () => {
    expect(admin.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(read('_headers')).toMatch(/\n\/admin\/\*\n(?: {2}.+\n)*? {2}X-Robots-Tag: noindex, nofollow\n/);
    expect(read('_nginx.conf')).toMatch(/location \^~ \/admin\/ \{[^}]*X-Robots-Tag "noindex, nofollow"/);
  });

  test('has its own policy, allowing what Decap needs and no more, in the page and in the headers', () => {
    const meta = admin.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content') ?? '';
    expect(meta).toContain("script-src 'self' 'unsafe-eval'");
    expect(meta).toContain("default-src 'none'");
    // The built site has no local backend.
    expect(meta).not.toMatch(/127\.0\.0\.1|localhost/);
    const headers = read('_headers');
    const siteRule = headers.indexOf('\n/*\n');
    const adminRule = headers.indexOf('\n/admin/*\n');
    // After the site's rule, so that it wins on Netlify.
    expect(adminRule).toBeGreaterThan(siteRule);
    expect(headers.slice(adminRule)).toMatch(
      /Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval';.*frame-ancestors 'none'/,
    );
  });

  test('the site’s own policy does not allow eval on any public page', () => {
    for (const page of loadBuiltPages(distDir)) {
      expect(page.html, page.urlPath).not.toContain("'unsafe-eval'");
    }
  });

  test('is not in the sitemap, the navigation or the search index', () => {
    const sitemaps = builtFiles(distDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(read(file)).not.toContain('/admin/');
    for (const page of loadBuiltPages(distDir)) {
      const links = [...page.document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
      expect(
        links.filter((href) => href.includes('/admin')),
        page.urlPath,
      ).toEqual([]);
    }
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const withBody = loadBuiltPages(distDir).filter((page) => page.html.includes('data-pagefind-body')).length;
    expect(indexed).toBe(withBody);
    expect(adminHtml).not.toContain('data-pagefind-body');
  });

  test('no public page loads the editor’s code', () => {
    for (const page of loadBuiltPages(distDir)) {
      const sources = [...page.document.querySelectorAll('script[src], link[href]')].map(
        (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
      );
      for (const source of [...adminScripts, '/admin/']) {
        expect(
          sources.filter((address) => address.includes(source)),
          page.urlPath,
        ).toEqual([]);
      }
      expect(page.html, page.urlPath).not.toMatch(/decap|CMS_MANUAL_INIT/i);
    }
  });
});
