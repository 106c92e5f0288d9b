import { beforeAll, describe, expect, inject, test } from 'vitest';
import { EXAMPLE_ASSOCIATION, TEST_REPOSITORY_URL } from '../support/buildSite.ts';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';
import { siteText } from '../support/siteText.ts';

/*
 * Who publishes the site, in the footer, on the About page and in the
 * structured data: nobody named in the general guide (the first tested
 * build, which has a repository), and the example association in its own
 * site (the second). The sentences are the editors' (content/site/site.yaml);
 * only the name and the addresses come from the association's file.
 */
const words = siteText().publisher;
let unset: BuiltPage[];
let set: BuiltPage[];

beforeAll(() => {
  unset = loadBuiltPages(inject('distDir'));
  set = loadBuiltPages(inject('baseDistDir'));
});

const page = (pages: BuiltPage[], path: string) => {
  const found = pages.find((candidate) => candidate.urlPath === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A sentence from site.yaml as a reader sees it: names filled in, links as their words. */
const shown = (sentence: string) =>
  sentence.replace(/\{publisher\}/g, EXAMPLE_ASSOCIATION.name).replace(/\[([^\]]*)\]\(\{\w+\}\)/g, '$1');
const footer = (built: BuiltPage) => built.document.querySelector('footer');
const structuredData = (built: BuiltPage) =>
  [...built.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>,
  );

describe('in the general guide', () => {
  test('the build warns, as it does for the placeholder address', () => {
    expect(inject('buildLog')).toContain('There is no content/site/association.yaml');
    expect(inject('baseBuildLog')).not.toContain('There is no content/site/association.yaml');
  });

  test('every page’s footer says the site is a general guide, and names no one', () => {
    for (const built of unset) {
      expect(text(footer(built)), built.urlPath).toContain(words.notPublished);
      expect(text(footer(built)), built.urlPath).not.toContain(shown(words.publishedBy).slice(0, 12));
    }
  });

  test('a mistake is reported in the repository’s issues, when the repository is set', () => {
    const link = footer(page(unset, '/'))?.querySelector(`a[href="${TEST_REPOSITORY_URL}issues"]`);
    expect(text(link)).toBe(/\[([^\]]*)\]/.exec(words.reportByIssue)?.[1]);
    const about = text(page(unset, '/about/').document.querySelector('main'));
    for (const sentence of [words.notPublished, shown(words.reportByIssue)]) {
      expect(about).toContain(sentence);
    }
  });

  test('the structured data names no publisher or author, rather than the site itself', () => {
    for (const built of unset) {
      for (const data of structuredData(built)) {
        expect(data, built.urlPath).not.toHaveProperty('publisher');
        expect(data, built.urlPath).not.toHaveProperty('author');
      }
    }
  });
});

describe('in an association’s site', () => {
  test('every page’s footer names it, with a link to write to it', () => {
    for (const built of set) {
      expect(text(footer(built)), built.urlPath).toContain(shown(words.publishedBy));
      expect(text(footer(built)), built.urlPath).not.toContain(words.notPublished);
      expect(
        footer(built)?.querySelector(`a[href="mailto:${EXAMPLE_ASSOCIATION.email}"]`),
        built.urlPath,
      ).not.toBeNull();
    }
  });

  test('the About page says who publishes the site, what it is based on and how to report a mistake', () => {
    const about = page(set, '/about/').document.querySelector('main');
    for (const sentence of [words.publishedBy, words.reportByContact]) {
      expect(text(about)).toContain(shown(sentence));
    }
    expect(about?.querySelector('h2#what-this-site-is-based-on')).not.toBeNull();
    expect(about?.querySelector(`a[href="mailto:${EXAMPLE_ASSOCIATION.email}"]`)).not.toBeNull();
  });

  test('it is the publisher in the structured data, and the author of each article', () => {
    const organization = { '@type': 'Organization', name: EXAMPLE_ASSOCIATION.name, email: EXAMPLE_ASSOCIATION.email };
    const articles = set.flatMap((built) => structuredData(built).filter((data) => data['@type'] === 'Article'));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article).toMatchObject({ publisher: organization, author: organization });
    const about = structuredData(page(set, '/about/')).find((data) => data['@type'] === 'WebPage');
    expect(about?.['publisher']).toMatchObject(organization);
  });
});
