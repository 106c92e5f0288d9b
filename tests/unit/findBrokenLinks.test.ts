import { describe, expect, test } from 'vitest';
import { findBrokenLinks, linksAndIdsOf, type PageLinks } from '../../src/lib/builtSite/findBrokenLinks.ts';

const page = (path: string, links: string[], ids: string[] = []): PageLinks => ({ path, links, ids: new Set(ids) });
const files = new Set(['/favicon.svg', '/_astro/site.css']);
const check = (pages: PageLinks[], base = '/') =>
  findBrokenLinks(pages, { base, fileExists: (path) => files.has(path) });

describe('findBrokenLinks', () => {
  const site = [
    page('/benefits/', []),
    page(
      '/',
      ['/benefits/training/', '/favicon.svg', '#main', 'https://example.org/x', 'mailto:a@b.example'],
      ['main'],
    ),
    page(
      '/benefits/training/',
      ['../', '/#main', '/benefits/training/#how-to-get-started', '/_astro/site.css'],
      ['how-to-get-started'],
    ),
  ];

  test('accepts links to pages, files, sections and other sites', () => {
    expect(check(site)).toEqual([]);
  });

  test('names the content file, the page and the missing page', () => {
    expect(check([...site, page('/join/', ['/benefits/networking/'])])).toEqual([
      'content/pages/join.mdx (page /join/): the link "/benefits/networking/" goes to a page that does not exist. Fix the address or remove the link.',
    ]);
  });

  test('finds a section that is not on the target page, and relative links that go nowhere', () => {
    expect(check([page('/a/', ['/a/#missing', 'nowhere/'], ['here'])])).toEqual([
      '/a/: the link "/a/#missing" points to a section "#missing" that is not on that page. Use the id of one of its headings.',
      '/a/: the link "nowhere/" goes to a page that does not exist. Fix the address or remove the link.',
    ]);
  });

  test('under a base path, links must stay inside it', () => {
    const based = [page('/', ['/library-benefits/benefits/training/', '/join/']), page('/benefits/training/', [])];
    expect(check(based, '/library-benefits/')).toEqual([
      `/: the link "/join/" leaves the site's folder (/library-benefits/). Start it with /library-benefits/.`,
    ]);
  });
});

test('a malformed address is reported, not a crash', () => {
  expect(findBrokenLinks([page('/a/', ['/100%/'])], { base: '/', fileExists: () => false })).toEqual([
    '/a/: the link "/100%/" is not a valid address (a stray "%"?). Fix the address.',
  ]);
});

describe('linksAndIdsOf', () => {
  test('reads what a[href], link[href], [src] and form[action] select, and every id, with entities decoded', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"><script src="/s.js"></script></head>' +
      '<body><main id="main-content"><a href="/join/?a=1&amp;b=2#how">Join</a><a name="x">no href</a><base href="/x/">' +
      '<img src="/i.png" alt=""><h2 id="how">How</h2><script>const a = \'<a href="/not-a-link/">\';</script>' +
      '<form action="/search/"></form></main></body></html>';
    const { links, ids } = linksAndIdsOf(html);
    expect(links).toEqual(['/a.css', '/s.js', '/join/?a=1&b=2#how', '/i.png', '/search/']);
    expect([...ids]).toEqual(['main-content', 'how']);
  });
});
