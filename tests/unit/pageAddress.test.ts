import { describe, expect, test } from 'vitest';
import { fragmentId, inPageAddress, shareableAddress } from '../../src/lib/site/pageAddress.ts';

/** What `new URL(…, location.href)` made of a path read from `location` before: the crafted path's host. */
const CRAFTED_PATH = '//other.example/x%2F..%2F..%2Fvalue/';

describe('shareableAddress', () => {
  test('is the canonical address with the figures and the fragment', () => {
    expect(shareableAddress('https://site.example/value/', 'currency=USD&dues=100', '#result')).toBe(
      'https://site.example/value/?currency=USD&dues=100#result',
    );
    expect(shareableAddress('https://site.example/value/', '', '')).toBe('https://site.example/value/');
  });

  test('keeps the base path, and the placeholder address of a site whose SITE_URL is not set', () => {
    expect(shareableAddress('https://site.example/library-benefits/value/', 'dues=10')).toBe(
      'https://site.example/library-benefits/value/?dues=10',
    );
    expect(shareableAddress('https://library-association-benefits.example/value/', 'dues=10')).toBe(
      'https://library-association-benefits.example/value/?dues=10',
    );
  });

  test('names the configured host, whatever the query and the fragment hold', () => {
    const hostile = [
      ['', `#${CRAFTED_PATH}`],
      ['next=//other.example/', '#//other.example/'],
      ['a=1', '#@other.example'],
      ['', '#%E0%A4%A'],
    ] as const;
    for (const [query, fragment] of hostile) {
      const address = new URL(shareableAddress('https://site.example/value/', query, fragment));
      expect(address.origin).toBe('https://site.example');
      expect(address.pathname).toBe('/value/');
    }
  });

  test('the old way, from a crafted path, named another host', () => {
    // Why the addresses no longer start from location: the page served at this path made links to other.example.
    expect(new URL(`${CRAFTED_PATH}?dues=1`, `https://site.example${CRAFTED_PATH}`).host).toBe('other.example');
  });
});

describe('inPageAddress', () => {
  test('is the page’s own path with the figures, for the address bar of whatever host serves it', () => {
    expect(inPageAddress('https://library-association-benefits.example/value/', 'dues=100', '#top')).toBe(
      '/value/?dues=100#top',
    );
    expect(inPageAddress('https://site.example/library-benefits/value/', '')).toBe('/library-benefits/value/');
  });

  test('is always a path on this host, never an address of another', () => {
    // A page opened at a crafted path with no canonical address of its own falls back to location.href.
    const fallback = inPageAddress(`https://site.example${CRAFTED_PATH}`, 'dues=1');
    expect(fallback).toMatch(/^\/(?!\/)/);
    expect(new URL(fallback, `https://site.example${CRAFTED_PATH}`).host).toBe('site.example');
  });
});

describe('fragmentId', () => {
  test('decodes the id the fragment names', () => {
    expect(fragmentId('#how-to-get-started')).toBe('how-to-get-started');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('plain')).toBe('plain');
  });

  test('names nothing when there is no fragment', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
  });

  test('names nothing, rather than throw, when the escapes are malformed', () => {
    for (const hash of ['#%E0%A4%A', '#%', '#%zz', '#%C3']) expect(fragmentId(hash)).toBeUndefined();
  });
});
