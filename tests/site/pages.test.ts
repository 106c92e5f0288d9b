import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { byTitleAlphabetical } from '../../src/lib/content/sequence.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';
import { builtFiles, loadBuiltPages, resolveInDist, type BuiltPage } from '../support/builtSite.ts';
import { TEST_REPOSITORY_URL } from '../support/buildSite.ts';

const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

const publishedBenefits = contentFilesIn('content/benefits')
  .filter((file) => readFrontmatter(file)['draft'] !== true)
  .map((file) => file.replace(/^.*\/|\.mdx?$/g, ''));
const publishedPages = contentFilesIn('content/pages')
  .filter((file) => readFrontmatter(file)['draft'] !== true)
  .map((file) => file.replace(/^.*\/|\.mdx?$/g, ''));
const roles = contentFilesIn('content/roles').map((file) => file.replace(/^.*\/|\.mdx?$/g, ''));
/** The two tools: the membership value calculator and the letter to an employer. */
const toolPaths = ['/value/', '/make-the-case/'];

/** Every public page: home, the A–Z list, each benefit and each general page. */
const expectedPublicPaths = [
  '/',
  '/benefits/',
  ...publishedBenefits.map((id) => `/benefits/${id}/`),
  ...publishedPages.map((id) => `/${id}/`),
  ...roles.map((id) => `/for/${id}/`),
  ...toolPaths,
].sort();

describe('every page', () => {
  test('the build produced the public pages and the 404 page, and nothing else', () => {
    expect(pages.map((page) => page.urlPath).sort()).toEqual([...expectedPublicPaths, '/404', '/search/'].sort());
  });

  test('has the site language, a title, a description and a canonical address', () => {
    for (const { file, document } of pages) {
      expect(document.documentElement.getAttribute('lang'), file).toBe(siteConfig.lang);
      expect(document.title.trim(), file).not.toBe('');
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${file} description`).toBeGreaterThanOrEqual(50);
      expect(description.length, `${file} description`).toBeLessThanOrEqual(160);
      // Pages kept out of search engines (404, search) have no canonical address.
      const noindex = document.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, file).toMatch(noindex ? /^$/ : new RegExp(`^${siteConfig.url}`));
    }
  });

  test('titles are unique, and the canonical address is the page itself', () => {
    const titles = pages.map((page) => page.document.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const { urlPath, document } of pages.filter((page) => !['/404', '/search/'].includes(page.urlPath))) {
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        new URL(urlPath.slice(1), siteConfig.url).href,
      );
    }
  });

  test('has exactly one h1, a skip link first, one main and labelled navigation', () => {
    for (const { file, document } of pages) {
      expect(document.querySelectorAll('h1').length, file).toBe(1);
      const firstFocusable = document.querySelector('body a[href], body button');
      expect(firstFocusable?.getAttribute('href'), file).toBe('#main-content');
      expect(document.querySelectorAll('main#main-content').length, file).toBe(1);
      for (const nav of document.querySelectorAll('nav')) {
        expect(nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby'), file).toBeTruthy();
      }
    }
  });

  test('keeps the keyboard order the reading order: no positive tabindex anywhere', () => {
    for (const { file, document } of pages) {
      const positive = [...document.querySelectorAll('[tabindex]')].filter(
        (element) => Number(element.getAttribute('tabindex')) > 0,
      );
      expect(
        positive.map((element) => element.outerHTML.slice(0, 80)),
        file,
      ).toEqual([]);
    }
  });

  test('marks the current section in the main navigation', () => {
    const current = (path: string) =>
      pages.find((page) => page.urlPath === path)?.document.querySelector('nav[aria-label="Main"] [aria-current]');
    expect(current('/benefits/')?.getAttribute('aria-current')).toBe('page');
    expect(current('/benefits/')?.textContent?.trim()).toBe('Benefits');
    expect(current(`/benefits/${publishedBenefits[0]}/`)?.getAttribute('aria-current')).toBe('true');
    expect(current('/join/')?.textContent?.trim()).toBe('How to join');
  });

  test('loads no script file as it opens (a tool page its own), nothing of search, nothing from another site', () => {
    const withScript = ['search/index.html', 'value/index.html', 'make-the-case/index.html'];
    for (const { file, document } of pages) {
      const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? '');
      expect(scripts, file).toEqual(withScript.includes(file) ? [expect.stringMatching(/^\/_astro\/[^/]+\.js$/)] : []);
      expect(document.querySelector('[src*="pagefind"], link[href*="pagefind"]'), file).toBeNull();
      for (const element of document.querySelectorAll('[src], link[href]')) {
        const address = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        if (element.matches('link[rel="canonical"]')) continue;
        expect(address, `${file}: ${element.outerHTML}`).toMatch(/^\/(?!\/)/);
      }
      const inlineScripts = [...document.querySelectorAll('script:not([src])')].filter(
        (script) => !['application/ld+json', 'speculationrules'].includes(script.getAttribute('type') ?? ''),
      );
      // The theme script, which must run before the first paint, the search launcher, and the script that
      // takes the prefetch rules away on a slow connection.
      expect(inlineScripts.length, file).toBeLessThanOrEqual(3);
      // And the rules for prefetching the next page: data the browser reads, in every page once.
      expect(document.querySelectorAll('script[type="speculationrules"]').length, file).toBe(1);
    }
  });
});

describe('headings', () => {
  test('no heading level is skipped on the way down', () => {
    for (const { file, document } of pages) {
      let previous = 0;
      for (const heading of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
        const level = Number(heading.tagName.slice(1));
        expect(level, `${file}: "${heading.textContent?.trim()}" follows an h${previous}`).toBeLessThanOrEqual(
          previous + 1,
        );
        previous = level;
      }
    }
  });
});

describe('references', () => {
  // Unique ids are the build's own check (readPagePolicy.ts): two elements with one id stop the build.
  test('every aria-labelledby, aria-describedby, aria-controls and label[for] names an element that exists', () => {
    const missing: string[] = [];
    for (const { file, document } of pages) {
      for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
          for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
            if (!document.getElementById(id)) missing.push(`${file}: ${attribute}="${id}"`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  // Whether every internal link and #fragment leads somewhere is the build's own check (findBrokenLinks.ts):
  // a broken one stops the build, so these pages could not exist.
  // Flex containers drop that whitespace, so only links flowing in running text matter.
  test('links in the text have no spaces inside them, which would be underlined', () => {
    for (const { file, document } of pages) {
      for (const link of document.querySelectorAll('.prose a, main p:not([class~="flex"]) a')) {
        // A building block set apart from the text (.not-prose), such as a call to action, lays its link out as a box.
        if (link.closest('.not-prose')) continue;
        expect(link.textContent, `${file}: ${link.outerHTML}`).toBe(link.textContent?.trim());
      }
    }
  });

  test('no link says only "click here", "here", "read more" or "more"', () => {
    const vague = /^(click here|here|read more|more|link|this)$/i;
    for (const { file, document } of pages) {
      for (const link of document.querySelectorAll('a')) {
        const name = (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim();
        expect(name, `${file}: ${link.outerHTML}`).not.toMatch(vague);
        expect(name, `${file}: a link with no text`).not.toBe('');
      }
    }
  });

  test('links to other sites, if any, use https', () => {
    for (const { file, document } of pages) {
      for (const link of document.querySelectorAll('a[href^="http"]')) {
        expect(link.getAttribute('href'), file).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
      }
    }
  });
});

describe('benefit pages', () => {
  test.each(publishedBenefits)('%s has its title, lead, key points and a join call', (id) => {
    const page = pages.find((candidate) => candidate.urlPath === `/benefits/${id}/`);
    const data = readFrontmatter(`content/benefits/${id}.mdx`);
    expect(page?.document.querySelector('h1')?.textContent?.trim()).toBe(data['title']);
    expect(page?.html).toContain(String(data['lead']));
    const points = [...(page?.document.querySelectorAll('#page-key-points + ul li') ?? [])].map((li) =>
      li.textContent?.trim(),
    );
    expect(points).toEqual(data['keyPoints']);
    expect(page?.document.querySelector('a[href="/join/"]')).not.toBeNull();
    expect(page?.document.querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  test('components written in content render without an import: Steps and Callout', () => {
    const page = pages.find((candidate) => candidate.urlPath === '/benefits/resources-and-savings/');
    const steps = page?.document.querySelectorAll('.prose div > ol > li') ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const callout = page?.document.querySelector('.prose aside[aria-label="Tip: Compare the costs yourself"]');
    expect(callout?.textContent).toContain('Tip:');
    expect(callout?.textContent).toContain('Prices differ from place to place.');
  });

  test('frontmatter questions follow the text, unless the page asks for them first', () => {
    for (const id of publishedPages) {
      const frontmatter = readFrontmatter(`content/pages/${id}.mdx`);
      const questions = frontmatter['questions'] as unknown[] | undefined;
      if (!questions?.length) continue;
      const page = pages.find((candidate) => candidate.urlPath === `/${id}/`);
      const section = page?.document.querySelector('[data-questions]');
      const text = page?.document.querySelector('article .prose');
      expect(section, id).toBeTruthy();
      // DOCUMENT_POSITION_FOLLOWING (4): the second node comes after the first.
      const questionsAfterText = Boolean(text && section && text.compareDocumentPosition(section) & 4);
      expect(questionsAfterText, id).toBe(frontmatter['questionsFirst'] !== true);
    }
    expect(readFrontmatter('content/pages/questions.mdx')['questionsFirst']).toBe(true);
  });

  test('each content page shows its last-reviewed date and links to its file for editing', () => {
    const contentPages = [
      ...publishedBenefits.map((id) => ({ path: `/benefits/${id}/`, file: `content/benefits/${id}.mdx` })),
      ...publishedPages.map((id) => ({ path: `/${id}/`, file: `content/pages/${id}.mdx` })),
      ...roles.map((id) => ({ path: `/for/${id}/`, file: `content/roles/${id}.mdx` })),
    ];
    for (const { path, file } of contentPages) {
      const page = pages.find((candidate) => candidate.urlPath === path);
      const reviewed = (readFrontmatter(file)['lastReviewed'] as Date).toISOString().slice(0, 10);
      expect(page?.document.querySelector('main time')?.getAttribute('datetime'), path).toBe(reviewed);
      const edit = [...(page?.document.querySelectorAll('main a') ?? [])].find(
        (link) => link.textContent?.trim() === 'Edit this page',
      );
      expect(edit?.getAttribute('href'), path).toBe(`${TEST_REPOSITORY_URL}edit/main/${file}`);
    }
  });

  test('the A–Z list links to every benefit, in alphabetical order', () => {
    const list = pages.find((page) => page.urlPath === '/benefits/');
    const titles = [...(list?.document.querySelectorAll('main h2 a') ?? [])].map((a) => a.textContent?.trim() ?? '');
    expect(titles).toHaveLength(publishedBenefits.length);
    expect(titles).toEqual([...titles].sort((a, b) => byTitleAlphabetical({ title: a }, { title: b })));
  });

  test('the home page shows every benefit as a card', () => {
    const home = pages.find((page) => page.urlPath === '/');
    const cardLinks = [...(home?.document.querySelectorAll('#benefits article a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(cardLinks.sort()).toEqual(publishedBenefits.map((id) => `/benefits/${id}/`).sort());
  });
});

describe('search engines', () => {
  const sitemapUrls = () =>
    [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  test('the sitemap lists exactly the public pages', () => {
    expect(sitemapUrls().sort()).toEqual(
      expectedPublicPaths.map((path) => new URL(path.slice(1), siteConfig.url).href).sort(),
    );
  });

  test('the home page describes the site and its search for search engines', () => {
    const home = pages.find((page) => page.urlPath === '/');
    const json = home?.document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}';
    const data = JSON.parse(json) as { '@type'?: string; potentialAction?: { target?: { urlTemplate?: string } } };
    expect(data['@type']).toBe('WebSite');
    const template = data.potentialAction?.target?.urlTemplate ?? '';
    expect(template).toBe(`${siteConfig.url}search/?q={search_term_string}`);
    expect(resolveInDist(distDir, new URL(template).pathname)).toBeDefined();
  });

  test('robots.txt points to the sitemap index, which exists', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteConfig.url}sitemap-index.xml`);
    expect(builtFiles(distDir)).toContain('sitemap-index.xml');
  });

  test('the 404 page asks not to be indexed', () => {
    const page = pages.find((candidate) => candidate.urlPath === '/404');
    expect(page?.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('the search page may be indexed, as one page whatever the query', () => {
    const page = pages.find((candidate) => candidate.urlPath === '/search/');
    expect(page?.document.querySelector('meta[name="robots"]')).toBeNull();
    expect(page?.document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${siteConfig.url}search/`,
    );
  });
});

describe('search index', () => {
  test('exists and counts exactly the benefit and general pages', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const counted = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(counted).toBe(publishedBenefits.length + publishedPages.length + roles.length + toolPaths.length);
    const marked = pages
      .filter((page) => page.document.querySelector('[data-pagefind-body]'))
      .map((page) => page.urlPath);
    expect(marked.sort()).toEqual(
      [
        ...publishedBenefits.map((id) => `/benefits/${id}/`),
        ...publishedPages.map((id) => `/${id}/`),
        ...roles.map((id) => `/for/${id}/`),
        ...toolPaths,
      ].sort(),
    );
  });
});
