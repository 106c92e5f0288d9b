import { describe, expect, test } from 'vitest';
import {
  editUrl,
  issuesUrl,
  parseSiteConfig,
  publisherContactUrl,
  type SiteConfigInput,
} from '../../src/lib/site/siteConfigSchema.ts';
import { isPlaceholderUrl } from '../../src/lib/site/pageAddress.ts';
import { siteConfig } from '../../src/site.config.ts';

const valid: SiteConfigInput = {
  title: 'Library Association Benefits',
  lang: 'en-US',
  url: 'https://benefits.example',
  nav: [{ label: 'Benefits', href: '/benefits/' }],
  repository: { url: 'https://git.example/team/site' },
};

describe('site configuration', () => {
  test('the real configuration is valid and uses https', () => {
    expect(siteConfig.url).toMatch(/^https:\/\/.+\/$/);
    expect(siteConfig.nav.map((item) => item.href)).toEqual(['/benefits/', '/join/', '/about/']);
  });

  test('the repository is optional, and without it there is no edit link', () => {
    const config = parseSiteConfig({ ...valid, repository: undefined });
    expect(config.repository).toBeUndefined();
    expect(editUrl(config, 'content/pages/join.mdx')).toBeUndefined();
  });

  test('recognises the placeholder address', () => {
    expect(isPlaceholderUrl('https://library-association-benefits.example/')).toBe(true);
    expect(isPlaceholderUrl('https://benefits.library.org/')).toBe(false);
  });

  test('adds the trailing slash to addresses and fills in defaults', () => {
    const config = parseSiteConfig(valid);
    expect(config.url).toBe('https://benefits.example/');
    expect(config.repository).toEqual({
      url: 'https://git.example/team/site/',
      branch: 'main',
      editPathPattern: 'edit/{branch}/{path}',
      issuesPath: 'issues',
    });
  });

  test.each([
    ['a plain http address', { url: 'http://benefits.example/' }, /url: must be a full https:\/\/ address/],
    ['a misspelt key', { titel: 'x' }, /Unrecognized key: "titel"/],
    ['a nav path without slashes', { nav: [{ label: 'Join', href: 'join' }] }, /nav\.0\.href: must be a site path/],
  ])('rejects %s and names the file and field', (_label, change, message) => {
    expect(() => parseSiteConfig({ ...valid, ...change })).toThrow(
      /Invalid site configuration in src\/site\.config\.ts/,
    );
    expect(() => parseSiteConfig({ ...valid, ...change })).toThrow(message);
  });

  test('builds the "Edit this page" address from the repository settings', () => {
    const config = parseSiteConfig(valid);
    expect(editUrl(config, 'content/benefits/training.mdx')).toBe(
      'https://git.example/team/site/edit/main/content/benefits/training.mdx',
    );
    const custom = parseSiteConfig({
      ...valid,
      repository: { url: 'https://git.example/team/site', branch: 'live', editPathPattern: '-/blob/{branch}/{path}' },
    });
    expect(editUrl(custom, '/content/pages/join.mdx')).toBe(
      'https://git.example/team/site/-/blob/live/content/pages/join.mdx',
    );
  });
});

describe('the publisher', () => {
  test('is left out for the general guide', () => {
    expect(parseSiteConfig(valid).publisher).toBeUndefined();
  });

  test('is reached by email or at its contact page', () => {
    expect(publisherContactUrl({ name: 'Guild', contact: { url: 'https://guild.example/contact/' } })).toBe(
      'https://guild.example/contact/',
    );
    expect(publisherContactUrl({ name: 'Guild', contact: { email: 'mistakes@guild.example' } })).toBe(
      'mailto:mistakes@guild.example',
    );
  });

  test('a report goes to the repository’s issues when the repository is set', () => {
    expect(issuesUrl(parseSiteConfig(valid))).toBe('https://git.example/team/site/issues');
    expect(issuesUrl(parseSiteConfig({ ...valid, repository: undefined }))).toBeUndefined();
  });
});
