import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadBuiltPages, type BuiltPage } from '../support/builtSite.ts';
import { letterWords } from '../support/siteText.ts';

/*
 * What the client's copy does not say, checked on the built site rather than
 * on its sources, so words from any file (content, the strings module, a
 * template) are caught: no member discount, which the copy never offers.
 * Promise words are the writing check's (npm run check:content), on the
 * sources, where it can name the file and the line.
 */
const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

/** Member discounts, in the ways they have been written on this site. */
const DISCOUNT = /\bmember(?:s['’])? prices?\b|\bdiscount(?:s|ed)?\b|\bcheaper for members\b|\bnon-member prices?\b/gi;

/**
 * Everything a reader can see or hear on a page, line by line: its title and
 * description, the text of the body (the tools' row template too, and, on
 * the letter's page, the words its script writes the letter from, which the
 * script carries), and accessible names and alt text.
 */
function readerText(page: BuiltPage): string[] {
  const { document } = page;
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of body.querySelectorAll('script, style')) hidden.remove();
  const attributes = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].flatMap((element) =>
    ['aria-label', 'alt', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  const letter = document.querySelector('[data-letter-tool]') ? JSON.stringify(letterWords()).split('\\n') : [];
  // A parser keeps <template> content out of the document's text, so it is read from the HTML.
  const templates = [...page.html.matchAll(/<template[^>]*>([\s\S]*?)<\/template>/g)].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, ' '),
  );
  return [
    document.title,
    document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    ...(body.textContent ?? '').split(/\n/),
    ...attributes,
    ...letter,
    ...templates,
  ]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const around = (text: string, index: number) => `…${text.slice(Math.max(0, index - 40), index + 40)}…`;

describe('the words of the built site', () => {
  test('reads the text of every page, the tools and the home page among them', () => {
    const paths = pages.map((page) => page.urlPath);
    expect(paths).toEqual(expect.arrayContaining(['/', '/value/', '/make-the-case/', '/about/']));
    const letter = readerText(pages.find((page) => page.urlPath === '/make-the-case/') as BuiltPage).join('\n');
    expect(letter).toContain('Dear {manager}');
  });

  test('no page claims members get a discount: the client’s copy never says so', () => {
    const found = pages.flatMap((page) =>
      readerText(page).flatMap((text) =>
        [...text.matchAll(DISCOUNT)].map((match) => `${page.urlPath}: "${match[0]}" in ${around(text, match.index)}`),
      ),
    );
    expect(found).toEqual([]);
  });

  test('nor does the web app manifest, which shows the site description', () => {
    expect(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')).not.toMatch(DISCOUNT);
  });

  test('the check itself finds what it looks for', () => {
    expect('Member prices on courses, a 10% discount'.match(DISCOUNT)).toEqual(['Member prices', 'discount']);
  });
});
