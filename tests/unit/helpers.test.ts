import { describe, expect, test } from 'vitest';
import { AUDIENCE_IDS, AUDIENCE_LABELS, audienceLabels } from '../../src/lib/content/audiences.ts';
import { BENEFIT_ICON_NAMES, BENEFIT_ICON_PATHS } from '../../src/lib/icons/benefitIcons.ts';
import { formatDate, isoDate } from '../../src/lib/content/formatDate.ts';
import { closestMatch, editDistance } from '../../src/lib/contentChecks/closestMatch.ts';
import { benefitPath, withBase } from '../../src/lib/content/sitePaths.ts';
import { jsonForScript, websiteWithSearch } from '../../src/lib/seo/structuredData.ts';
import { isVisible } from '../../src/lib/content/isVisible.ts';
import { canonicalUrl, pageTitle } from '../../src/lib/seo/seo.ts';
import { byOrderThenTitle, byTitleAlphabetical, neighbours } from '../../src/lib/content/sequence.ts';

describe('pageTitle', () => {
  test('puts the page first and the site last', () => {
    expect(pageTitle('Get training', 'Site')).toBe('Get training – Site');
  });
  test('is just the site name on the home page', () => {
    expect(pageTitle(undefined, 'Site')).toBe('Site');
    expect(pageTitle('  ', 'Site')).toBe('Site');
    expect(pageTitle('Site', 'Site')).toBe('Site');
  });
});

describe('canonicalUrl', () => {
  test.each([
    ['/', 'https://x.example/'],
    ['/benefits/training/', 'https://x.example/benefits/training/'],
    ['/benefits/training', 'https://x.example/benefits/training/'],
    ['/robots.txt', 'https://x.example/robots.txt'],
  ])('%s → %s', (path, url) => {
    expect(canonicalUrl(path, 'https://x.example/')).toBe(url);
  });
});

describe('sequence helpers', () => {
  const items = [
    { title: 'Training', order: 2 },
    { title: 'The Advocacy', order: 2 },
    { title: 'conferences', order: 1 },
  ];

  test('reading order is by order, then title', () => {
    expect([...items].sort(byOrderThenTitle).map((item) => item.title)).toEqual([
      'conferences',
      'The Advocacy',
      'Training',
    ]);
  });

  test('A–Z ignores case and a leading "The"', () => {
    expect([...items].sort(byTitleAlphabetical).map((item) => item.title)).toEqual([
      'The Advocacy',
      'conferences',
      'Training',
    ]);
  });

  test('neighbours are absent at the ends', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b' });
    expect(neighbours(['a'], 0)).toEqual({});
  });
});

describe('audiences', () => {
  test('every audience has a label', () => {
    expect(Object.keys(AUDIENCE_LABELS).sort()).toEqual([...AUDIENCE_IDS].sort());
  });
  test('labels come in the canonical order, whatever order the editor used', () => {
    expect(audienceLabels(['managers', 'students'])).toEqual(['Students', 'Managers']);
  });
});

describe('benefit icons', () => {
  test('each icon has valid path data on the 24-unit grid', () => {
    for (const name of BENEFIT_ICON_NAMES) {
      expect(BENEFIT_ICON_PATHS[name].length).toBeGreaterThan(0);
      for (const d of BENEFIT_ICON_PATHS[name]) expect(d).toMatch(/^M[\d.\s,A-Za-z-]+$/);
    }
  });
});

describe('dates', () => {
  test('shows the day the editor wrote, whatever the time zone', () => {
    const date = new Date('2026-11-28T00:00:00Z');
    expect(formatDate(date, 'en-US')).toBe('November 28, 2026');
    expect(isoDate(date)).toBe('2026-11-28');
  });
});

describe('closestMatch', () => {
  const fields = ['title', 'description', 'lastReviewed', 'keyPoints', 'related'];
  test.each([
    ['titel', 'title'],
    ['Title', 'title'],
    ['descripton', 'description'],
    ['lastreviewed', 'lastReviewed'],
    ['key_points', 'keyPoints'],
    ['colour', undefined],
    ['x', undefined],
  ])('%s → %s', (typo, expected) => {
    expect(closestMatch(typo, fields)).toBe(expected);
  });

  test('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('jorunals', 'journals')).toBe(1);
    expect(editDistance('mentr', 'mentor')).toBe(1);
    expect(editDistance('legislater', 'legislators')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('withBase', () => {
  test.each([
    ['/join/', '/', '/join/'],
    ['/join/', '/library-benefits/', '/library-benefits/join/'],
    ['/join/', '/library-benefits', '/library-benefits/join/'],
    ['/', '/library-benefits/', '/library-benefits/'],
    ['/benefits/training/', '/benefits/', '/benefits/benefits/training/'],
    ['#main-content', '/library-benefits/', '#main-content'],
    ['https://example.org/x', '/library-benefits/', 'https://example.org/x'],
    ['//cdn.example/x', '/library-benefits/', '//cdn.example/x'],
    ['join/', '/library-benefits/', 'join/'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  test('benefit pages live under /benefits/', () => {
    expect(benefitPath('training')).toBe('/benefits/training/');
  });
});

describe('structured data', () => {
  test('the WebSite search action points at the search page with the query template', () => {
    const data = websiteWithSearch({ name: 'Site', url: 'https://x.example/', searchUrl: 'https://x.example/search/' });
    expect(data).toMatchObject({
      '@type': 'WebSite',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://x.example/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  test('a value cannot close the script element it sits in', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonForScript({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

describe('drafts', () => {
  const draft = { data: { draft: true } };
  const published = { data: { draft: false } };
  test('show while editing and never in a build', () => {
    expect([draft, published].filter((entry) => isVisible(entry, true))).toEqual([draft, published]);
    expect([draft, published].filter((entry) => isVisible(entry, false))).toEqual([published]);
  });
});
