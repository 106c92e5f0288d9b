import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { AUDIENCE_IDS, AUDIENCE_LABELS } from '../../src/lib/content/audiences.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';

/*
 * The pages by role: one per audience, built from content/roles/ and from
 * the benefits' audiences, order and whyItMatters.
 */
const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

const page = (path: string) => pages.find((candidate) => candidate.urlPath === path);

/** Published benefits in reading order, as the site orders them: `order`, then title. */
const benefits = contentFilesIn('content/benefits')
  .map((file) => ({ id: file.replace(/^.*\/|\.mdx?$/g, ''), data: readFrontmatter(file) }))
  .filter(({ data }) => data['draft'] !== true)
  .map(({ id, data }) => ({
    id,
    title: String(data['title']),
    order: Number(data['order'] ?? 100),
    audiences: (data['audiences'] as string[] | undefined) ?? [...AUDIENCE_IDS],
    why: data['whyItMatters'] as Record<string, string>,
  }))
  .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en'));

describe('pages by role', () => {
  test('there is exactly one role file, and one page, for each audience', () => {
    expect(contentFilesIn('content/roles').map((file) => file.replace(/^.*\/|\.mdx?$/g, ''))).toEqual(
      [...AUDIENCE_IDS].sort(),
    );
    expect(
      pages
        .filter((candidate) => candidate.urlPath.startsWith('/for/'))
        .map((candidate) => candidate.urlPath)
        .sort(),
    ).toEqual(AUDIENCE_IDS.map((id) => `/for/${id}/`).sort());
  });

  test.each([...AUDIENCE_IDS])(
    '/for/%s/ has its title and lead, and lists its benefits in order with why each matters',
    (id) => {
      const role = page(`/for/${id}/`);
      const data = readFrontmatter(`content/roles/${id}.mdx`);
      expect(role?.document.querySelector('h1')?.textContent?.trim()).toBe(data['title']);
      expect(role?.html).toContain(String(data['lead']));
      const items = [...(role?.document.querySelectorAll('[data-role-benefits] > li') ?? [])].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'),
        title: li.querySelector('h3')?.textContent?.trim(),
        why: li.querySelector('p')?.textContent?.trim(),
      }));
      const expected = benefits
        .filter((benefit) => benefit.audiences.includes(id))
        .map((benefit) => ({ href: `/benefits/${benefit.id}/`, title: benefit.title, why: benefit.why[id] }));
      expect(expected.length).toBeGreaterThan(0);
      expect(items).toEqual(expected);
      // The list is static HTML: the page loads no script of its own.
      expect(role?.document.querySelectorAll('script[src]').length).toBe(0);
      expect(role?.document.querySelector('[data-pagefind-body]')).not.toBeNull();
    },
  );

  test('the home page links to every role page from its role chooser', () => {
    const links = [...(page('/')?.document.querySelectorAll('[data-role-links] a') ?? [])].map((link) => ({
      href: link.getAttribute('href'),
      // What a screen reader says: the arrow beside each name is decoration.
      text: [...link.childNodes]
        .filter((node) => !(node as Element).matches?.('[aria-hidden="true"]'))
        .map((node) => node.textContent)
        .join('')
        .trim(),
    }));
    expect(links).toEqual(AUDIENCE_IDS.map((id) => ({ href: `/for/${id}/`, text: AUDIENCE_LABELS[id] })));
  });

  test.each(benefits.map((benefit) => benefit.id))(
    "the %s page links to its audiences' pages when they narrow it down, and is filterable by each",
    (id) => {
      const benefit = benefits.find((candidate) => candidate.id === id);
      const expected = AUDIENCE_IDS.filter((audience) => benefit?.audiences.includes(audience));
      const document = page(`/benefits/${id}/`)?.document;
      const links = [...(document?.querySelectorAll('ul[aria-labelledby="page-audience-label"] a') ?? [])].map((link) =>
        link.getAttribute('href'),
      );
      expect(links).toEqual(
        expected.length < AUDIENCE_IDS.length ? expected.map((audience) => `/for/${audience}/`) : [],
      );
      const filters = [...(document?.querySelectorAll('[data-pagefind-filter^="audience"]') ?? [])].map(
        (element) => element.getAttribute('data-audience') ?? element.textContent?.trim(),
      );
      expect(filters).toEqual(expected.map((audience) => AUDIENCE_LABELS[audience]));
    },
  );

  test('students and volunteers are not offered the letter to an employer; the other roles are', () => {
    const withoutEmployer = ['students', 'trustees-and-volunteers'];
    for (const id of AUDIENCE_IDS) {
      const main = page(`/for/${id}/`)?.document.querySelector('main');
      const offersLetter = main?.querySelector('a[href="/make-the-case/"]') != null;
      expect(offersLetter, id).toBe(!withoutEmployer.includes(id));
      expect(main?.textContent?.includes('make the case to your employer'), id).toBe(!withoutEmployer.includes(id));
    }
  });

  test('role pages are in the sitemap with their review dates', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const id of AUDIENCE_IDS) {
      const reviewed = (readFrontmatter(`content/roles/${id}.mdx`)['lastReviewed'] as Date).toISOString().slice(0, 10);
      expect(xml).toMatch(new RegExp(`<loc>${siteConfig.url}for/${id}/</loc><lastmod>${reviewed}`));
    }
  });

  test('role pages are in the search index, filterable by audience', () => {
    for (const id of AUDIENCE_IDS) {
      const filter = page(`/for/${id}/`)?.document.querySelector('[data-pagefind-filter^="audience"]');
      expect(filter?.getAttribute('data-audience')).toBe(AUDIENCE_LABELS[id]);
    }
  });
});
