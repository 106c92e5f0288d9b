import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';
import { loadBuiltPages, resolveInDist, type BuiltPage } from '../support/builtSite.ts';

const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

const meta = (page: BuiltPage, key: string) =>
  page.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const localFile = (url: string) => resolveInDist(distDir, new URL(url).pathname);

describe('link previews', () => {
  test('every page has the full set of Open Graph and Twitter tags', () => {
    for (const page of pages) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale', 'og:image']) {
        expect(meta(page, key), `${page.file}: ${key}`).toBeTruthy();
      }
      expect(meta(page, 'og:image:width'), page.file).toBe('1200');
      expect(meta(page, 'og:image:height'), page.file).toBe('630');
      expect(meta(page, 'og:image:alt'), page.file).toBeTruthy();
      expect(meta(page, 'twitter:card'), page.file).toBe('summary_large_image');
      expect(meta(page, 'og:site_name')).toBe(siteConfig.title);
      expect(meta(page, 'og:locale')).toBe('en_US');
      expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    }
  });

  test('og:url is the canonical address on every indexable page', () => {
    for (const page of pages.filter((candidate) => meta(candidate, 'robots') !== 'noindex')) {
      expect(meta(page, 'og:url'), page.file).toBe(
        page.document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      );
    }
  });

  test('every page has its own preview image: a 1200×630 PNG under 150 KB', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const image = meta(page, 'og:image') ?? '';
      const file = localFile(image);
      expect(file, `${page.file}: ${image}`).toBeDefined();
      const bytes = readFileSync(file ?? '');
      expect(pngSize(bytes), page.file).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, `${page.file}: ${bytes.length} bytes`).toBeLessThan(150 * 1024);
      images.add(image);
    }
    expect(images.size).toBe(pages.length);
  });
});

describe('icons and app metadata', () => {
  test('every page links an SVG icon, a PNG icon, an Apple touch icon, the manifest and the sitemap, which all exist', () => {
    for (const page of pages) {
      for (const selector of [
        'link[rel="sitemap"]',
        'link[rel="icon"][type="image/svg+xml"]',
        'link[rel="icon"][type="image/png"][sizes="32x32"]',
        'link[rel="apple-touch-icon"]',
        'link[rel="manifest"]',
      ]) {
        const href = page.document.querySelector(selector)?.getAttribute('href');
        expect(href, `${page.file}: ${selector}`).toMatch(/^\//);
        expect(resolveInDist(distDir, href ?? ''), `${page.file}: ${selector}`).toBeDefined();
      }
      const themeColours = [...page.document.querySelectorAll('meta[name="theme-color"]')].map((tag) =>
        tag.getAttribute('media'),
      );
      expect(themeColours, page.file).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    }
  });

  test('the icons have the sizes they claim, and the manifest lists existing icons', () => {
    expect(pngSize(readFileSync(join(distDir, 'icons/icon-32.png')))).toEqual({ width: 32, height: 32 });
    expect(pngSize(readFileSync(join(distDir, 'icons/apple-touch-icon.png')))).toEqual({ width: 180, height: 180 });
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe(siteConfig.title);
    for (const icon of manifest.icons) {
      expect(resolveInDist(distDir, icon.src), icon.src).toBeDefined();
      if (icon.sizes !== 'any') {
        const [width] = icon.sizes.split('x').map(Number);
        expect(pngSize(readFileSync(resolveInDist(distDir, icon.src) ?? '')).width).toBe(width);
      }
    }
  });
});

type JsonLd = Record<string, unknown> & { '@type': string };

function structuredData(page: BuiltPage): JsonLd[] {
  return [...page.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as JsonLd,
  );
}

describe('structured data', () => {
  test('is valid JSON with a schema.org context on every page', () => {
    for (const page of pages) {
      for (const data of structuredData(page)) {
        expect(data['@context'], page.file).toBe('https://schema.org');
      }
    }
  });

  test('every indexed page below the home page has a BreadcrumbList that matches its visible breadcrumb', () => {
    // The 404 page is not indexed and has no place in the site's hierarchy.
    for (const page of pages.filter((candidate) => !['/', '/404'].includes(candidate.urlPath))) {
      const list = structuredData(page).find((data) => data['@type'] === 'BreadcrumbList') as
        { itemListElement: { position: number; name: string; item: string }[] } | undefined;
      expect(list, page.file).toBeDefined();
      const visible = [...page.document.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((li) =>
        (li.textContent ?? '').replace('/', '').trim(),
      );
      expect(
        list?.itemListElement.map((item) => item.name),
        page.file,
      ).toEqual(visible);
      list?.itemListElement.forEach((item, index) => {
        expect(item.position).toBe(index + 1);
        expect(item.item).toMatch(/^https:\/\//);
      });
    }
  });

  test('each benefit page is an Article whose values match the page', () => {
    for (const file of contentFilesIn('content/benefits')) {
      const id = file.replace(/^.*\/|\.mdx?$/g, '');
      const page = pages.find((candidate) => candidate.urlPath === `/benefits/${id}/`);
      expect(page, id).toBeDefined();
      if (!page) continue;
      const article = structuredData(page).find((data) => data['@type'] === 'Article') as Record<string, unknown>;
      expect(article, id).toBeDefined();
      expect(article['headline']).toBe(page.document.querySelector('h1')?.textContent?.trim());
      expect(article['description']).toBe(meta(page, 'description'));
      expect(article['dateModified']).toBe(page.document.querySelector('main time')?.getAttribute('datetime'));
      expect(article['image']).toEqual([meta(page, 'og:image')]);
      expect(article['url']).toBe(page.document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(readFrontmatter(file)['lastReviewed']).toEqual(new Date(`${String(article['dateModified'])}T00:00:00Z`));
    }
  });

  test('each general page is a WebPage whose values match the page', () => {
    for (const file of contentFilesIn('content/pages')) {
      const id = file.replace(/^.*\/|\.mdx?$/g, '');
      const page = pages.find((candidate) => candidate.urlPath === `/${id}/`);
      const webPage =
        page && (structuredData(page).find((data) => data['@type'] === 'WebPage') as Record<string, unknown>);
      expect(webPage, id).toBeDefined();
      expect(webPage?.['name']).toBe(page?.document.querySelector('h1')?.textContent?.trim());
      expect(webPage?.['headline']).toBe(webPage?.['name']);
      expect(webPage?.['dateModified']).toBe(page?.document.querySelector('main time')?.getAttribute('datetime'));
      expect(webPage?.['url']).toBe(page?.document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    }
  });

  test('a page with questions carries an FAQPage matching the visible questions and answers', () => {
    const withQuestions = pages.filter((page) => page.document.querySelector('[data-questions]'));
    expect(withQuestions.length).toBeGreaterThan(0);
    for (const page of withQuestions) {
      const faq = structuredData(page).find((data) => data['@type'] === 'FAQPage') as
        { mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[] } | undefined;
      const visible = [...page.document.querySelectorAll('[data-questions] dl > div')].map((pair) => ({
        question: pair.querySelector('dt')?.textContent?.trim(),
        answer: pair.querySelector('dd')?.textContent?.trim(),
      }));
      expect(
        faq?.mainEntity.map((entry) => ({ question: entry.name, answer: entry.acceptedAnswer.text })),
        page.file,
      ).toEqual(visible);
    }
  });
});

describe('sitemap dates', () => {
  test('each page in the sitemap carries its last-reviewed date', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map(([, loc, lastmod]) => ({
      path: new URL(loc ?? '').pathname,
      date: (lastmod ?? '').slice(0, 10),
    }));
    expect(entries.length).toBe([...xml.matchAll(/<loc>/g)].length);
    for (const file of contentFilesIn('content/benefits')) {
      const id = file.replace(/^.*\/|\.mdx?$/g, '');
      const reviewed = (readFrontmatter(file)['lastReviewed'] as Date).toISOString().slice(0, 10);
      expect(entries.find((entry) => entry.path === `/benefits/${id}/`)?.date, id).toBe(reviewed);
    }
  });
});
