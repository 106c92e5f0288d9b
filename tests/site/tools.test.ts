import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { composeLetter } from '../../src/lib/letter/composeLetter.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';
import { letterWords } from '../support/siteText.ts';
import { type BuiltPage, builtPageAt, loadBuiltPages, textOf } from '../support/builtSite.ts';

/*
 * The two tools as built HTML: what a visitor without JavaScript gets, where
 * they are linked from, and how much script they cost.
 */
const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(distDir);
});

const page = (path: string) => builtPageAt(pages, path);
const text = textOf;

describe('the value calculator without JavaScript', () => {
  test('explains the sums step by step, with example figures labelled as examples', () => {
    const { document } = page('/value/');
    const paper = document.querySelector('section[aria-labelledby="on-paper"]');
    expect(paper?.querySelectorAll('ol > li').length).toBeGreaterThanOrEqual(5);
    expect(text(paper)).toContain('These are example figures, not real prices.');
    expect(text(paper)).toContain('Net value: 80 − 75 = 5.');
    // No money symbol anywhere in the explanation: the site states no prices.
    expect(text(paper)).not.toMatch(/[$£€¥₹]/);
  });

  test('every sum in the worked example adds up, as editors change its figures', () => {
    const paper = text(page('/value/').document.querySelector('section[aria-labelledby="on-paper"]'));
    const sums = [...paper.matchAll(/((?:\(?\d+(?:\.\d+)?\)?\s*[−+×]\s*)+\(?\d+(?:\.\d+)?\)?)\s*=\s*(\d+(?:\.\d+)?)/g)];
    expect(sums.length).toBeGreaterThanOrEqual(4);
    for (const [sum, left, result] of sums) expect(evaluate(left ?? ''), sum).toBeCloseTo(Number(result), 6);
  });

  test('keeps the form hidden and says why, so no control is dead', () => {
    const { document } = page('/value/');
    // Hidden without JavaScript by the scripting media query in global.css (seen in Chromium in the browser tests).
    expect(document.querySelector('[data-value-calculator]')).not.toBeNull();
    expect(text(document.querySelector('[data-tool-needs-js]'))).toContain('The calculator needs JavaScript');
    expect(document.querySelector('[data-tool-needs-js] a')?.getAttribute('href')).toBe('#on-paper');
  });

  test('every money field starts empty, in the form and in the template for new rows', () => {
    const { document, html } = page('/value/');
    const fields = [...document.querySelectorAll('input[inputmode="decimal"]')];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field.getAttribute('value') ?? '', field.id).toBe('');
    // A parser keeps <template> content out of the document, so the row template is read as text.
    const template = /<template data-value-item-template>([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    const rowFields = template.match(/<input[^>]*inputmode="decimal"[^>]*>/g) ?? [];
    expect(rowFields.length).toBeGreaterThan(0);
    for (const field of rowFields) expect(field, field).not.toMatch(/\svalue="[^"]/);
  });
});

describe('the letter without JavaScript', () => {
  test('shows the fill-in-the-blanks template and every reason from the benefits', () => {
    const { document } = page('/make-the-case/');
    expect(document.querySelector('[data-letter-tool]')).not.toBeNull();
    expect(document.querySelector('[data-letter-template]')?.textContent).toBe(composeLetter(letterWords(), {}, []));
    const reasons = text(document.querySelector('section[aria-labelledby="letter-template"]'));
    for (const file of contentFilesIn('content/benefits')) {
      expect(reasons).toContain(String(readFrontmatter(file)['caseForEmployer']));
    }
  });

  test('has no form that could send anything: no action, no method, no names to submit', () => {
    const { document } = page('/make-the-case/');
    const form = document.querySelector('[data-letter-form]');
    expect(form?.hasAttribute('action')).toBe(false);
    expect(form?.hasAttribute('method')).toBe(false);
    expect([...(form?.querySelectorAll('input[name]:not([type="radio"]), textarea[name]') ?? [])]).toEqual([]);
  });
});

describe('both tools', () => {
  test.each(['/value/', '/make-the-case/'])(
    '%s is linked from the footer of every page and from the join page',
    (path) => {
      for (const { file, document } of pages) {
        expect(document.querySelector(`nav[aria-label="Footer"] a[href="${path}"]`), file).not.toBeNull();
      }
      expect(page('/join/').document.querySelector(`.prose a[href="${path}"]`)).not.toBeNull();
      expect(page('/').document.querySelector(`main a[href="${path}"]`)).not.toBeNull();
    },
  );

  test.each(['/value/', '/make-the-case/'])('%s is not in the header, which stays short', (path) => {
    expect(page('/').document.querySelector(`nav[aria-label="Main"] a[href="${path}"]`)).toBeNull();
  });

  test('both are in the sitemap, with a review date', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const path of ['value/', 'make-the-case/']) {
      expect(xml).toMatch(new RegExp(`<loc>${siteConfig.url}${path}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}`));
    }
  });

  test.each(['/value/', '/make-the-case/'])('%s loads a small script of its own, under 6 KB compressed', (path) => {
    const sources = [...page(path).document.querySelectorAll('script[src]')]
      .map((script) => script.getAttribute('src') ?? '')
      .filter((src) => !src.includes('SearchLauncher'));
    expect(sources).toHaveLength(1);
    // The page script and the modules it imports.
    const main = readFileSync(join(distDir, sources[0] ?? ''), 'utf8');
    const imported = [...main.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((match) =>
      readFileSync(join(distDir, '_astro', match[1] ?? ''), 'utf8'),
    );
    const size = [main, ...imported].reduce((sum, source) => sum + gzipSync(source).length, 0);
    expect(size).toBeLessThan(6 * 1024);
  });

  test.each(['/value/', '/make-the-case/'])('%s: every text box starts empty, with no stray spaces', (path) => {
    const boxes = [...page(path).document.querySelectorAll('textarea')];
    expect(boxes.length, path).toBeGreaterThan(0);
    for (const box of boxes) expect(box.textContent, box.id).toBe('');
  });
});

/** The value of a sum as the example writes it: numbers, −, +, × and brackets, × first. */
function evaluate(sum: string): number {
  const tokens = sum.match(/\d+(?:\.\d+)?|[−+×()]/g) ?? [];
  let at = 0;
  const factor = (): number => {
    const token = tokens[at++];
    if (token === '(') {
      const value = expression();
      at++; // the closing bracket
      return value;
    }
    return Number(token);
  };
  const term = (): number => {
    let value = factor();
    while (tokens[at] === '×') {
      at++;
      value *= factor();
    }
    return value;
  };
  const expression = (): number => {
    let value = term();
    while (tokens[at] === '+' || tokens[at] === '−') value = tokens[at++] === '+' ? value + term() : value - term();
    return value;
  };
  return expression();
}
