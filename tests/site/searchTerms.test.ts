import { beforeAll, expect, inject, test } from 'vitest';
import { SEARCH_TERMS_FIELD, titleAndTermsMeta } from '../../src/lib/search/searchIndexing.ts';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';

/*
 * A page's search terms are for search only: they reach Pagefind as metadata
 * on the page's <h1>, an attribute no one sees or hears, never as text.
 */
let pages: Map<string, BuiltPage>;

beforeAll(() => {
  pages = new Map(loadBuiltPages(inject('distDir')).map((page) => [page.urlPath, page]));
});

const slug = (file: string) => file.replace(/^.*\/|\.mdx?$/g, '');
const withTerms = [
  ...contentFilesIn('content/benefits').map((file) => ({ file, path: `/benefits/${slug(file)}/` })),
  ...contentFilesIn('content/pages').map((file) => ({ file, path: `/${slug(file)}/` })),
  ...contentFilesIn('content/roles').map((file) => ({ file, path: `/for/${slug(file)}/` })),
]
  .map(({ file, path }) => ({ path, terms: (readFrontmatter(file)['searchTerms'] ?? []) as string[] }))
  .concat(
    { path: '/value/', terms: (readFrontmatter('content/site/value.mdx')['searchTerms'] ?? []) as string[] },
    {
      path: '/make-the-case/',
      terms: (readFrontmatter('content/site/make-the-case.mdx')['searchTerms'] ?? []) as string[],
    },
  );

test.each(withTerms)('$path carries its search terms as metadata on its <h1> only', ({ path, terms }) => {
  const page = pages.get(path);
  expect(page, path).toBeDefined();
  const h1 = page?.document.querySelector('h1');
  expect(h1?.getAttribute('data-pagefind-meta')).toBe(titleAndTermsMeta(terms));
  const elsewhere = [...(page?.document.querySelectorAll('[data-pagefind-meta]') ?? [])].filter(
    (element) =>
      element !== h1 && (element.getAttribute('data-pagefind-meta') ?? '').includes(`${SEARCH_TERMS_FIELD}:`),
  );
  expect(elsewhere).toEqual([]);
  // The heading a visitor sees and hears is the title alone.
  if (terms.length > 0) expect(h1?.textContent?.trim()).not.toContain(terms.join(', '));
});
