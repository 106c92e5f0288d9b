import { describe, expect, test } from 'vitest';
import { prefetchSuits, speculationRules } from '../../src/lib/site/speculationRules.ts';

interface Rules {
  prefetch: { where: { and: [{ href_matches: string }, { not: { href_matches: string[] } }] }; eagerness: string }[];
}

/**
 * Whether the rules prefetch a link to `href` from a page of the site, by the URL Pattern standard
 * that Chromium applies to them (Node has the same URLPattern), relative to the page's address.
 */
function prefetches(base: string, href: string): boolean {
  const rules = JSON.parse(speculationRules(base)) as Rules;
  const [rule] = rules.prefetch;
  if (!rule) return false;
  const page = `https://site.example${base}benefits/training/`;
  const url = new URL(href, page).href;
  const [take, { not }] = rule.where.and;
  return (
    new URLPattern(take.href_matches, page).test(url) &&
    !not.href_matches.some((pattern) => new URLPattern(pattern, page).test(url))
  );
}

describe('speculationRules', () => {
  test('prefetch links to pages when the visitor shows intent, not before', () => {
    const rules = JSON.parse(speculationRules('/')) as Rules;
    expect(rules.prefetch.map((rule) => rule.eagerness)).toEqual(['moderate']);
  });

  test.each(['/', '/library-benefits/'])('under the base path %s, take pages of the site only', (base) => {
    for (const path of ['', 'benefits/', 'benefits/advocacy/', 'value/', 'make-the-case/', 'about/#team']) {
      expect(prefetches(base, `${base}${path}`), path).toBe(true);
    }
    expect(prefetches(base, 'https://elsewhere.example/')).toBe(false);
    if (base !== '/') expect(prefetches(base, '/benefits/')).toBe(false);
  });

  test.each(['/', '/library-benefits/'])('under %s, never search, an address with a query, or /admin/', (base) => {
    for (const path of [
      'search/',
      'search/?q=mentor',
      'value/?dues=100&currency=EUR',
      'benefits/?x',
      'admin/',
      'admin/#/collections',
    ]) {
      expect(prefetches(base, `${base}${path}`), path).toBe(false);
    }
  });
});

describe('prefetchSuits', () => {
  test('no pages ahead for a visitor who asks to save data, whatever the connection', () => {
    expect(prefetchSuits({ saveData: true, effectiveType: '4g' })).toBe(false);
    expect(prefetchSuits({ saveData: true })).toBe(false);
  });

  test('none on a connection the browser rates 2G or slower', () => {
    expect(prefetchSuits({ saveData: false, effectiveType: '2g' })).toBe(false);
    expect(prefetchSuits({ saveData: false, effectiveType: 'slow-2g' })).toBe(false);
  });

  test('3G and faster get them, and so does a browser that says nothing of the connection', () => {
    expect(prefetchSuits({ saveData: false, effectiveType: '3g' })).toBe(true);
    expect(prefetchSuits({ saveData: false, effectiveType: '4g' })).toBe(true);
    expect(prefetchSuits({})).toBe(true);
    expect(prefetchSuits(undefined)).toBe(true);
  });
});
