import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { benefitSchema } from '../../src/lib/content/contentSchemas.ts';
import { lastReviewedByPath } from '../../src/lib/seo/lastReviewedByPath.ts';
import { socialImageKey } from '../../src/lib/seo/seo.ts';
import { SOCIAL_IMAGE, renderSocialImage, socialImageLayout } from '../../src/lib/seo/socialImage.ts';
import {
  articleFor,
  breadcrumbList,
  faqPage,
  organization,
  websiteWithSearch,
} from '../../src/lib/seo/structuredData.ts';
import { THEME_COLOURS } from '../../src/lib/theme/themeColours.ts';
import { readFrontmatter } from '../support/contentFiles.ts';

describe('socialImageKey', () => {
  test.each([
    ['/', 'index'],
    ['/benefits/', 'benefits'],
    ['/benefits/training/', 'benefits/training'],
    ['/404.html', '404'],
    ['/404', '404'],
  ])('%s → %s', (path, key) => {
    expect(socialImageKey(path)).toBe(key);
  });
});

describe('structured data builders', () => {
  test('breadcrumbs are numbered from 1 in trail order', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://x.example/' },
        { name: 'Benefits', url: 'https://x.example/benefits/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
      { '@type': 'ListItem', position: 2, name: 'Benefits', item: 'https://x.example/benefits/' },
    ]);
  });

  const article = {
    type: 'Article',
    headline: 'Get training',
    description: 'Training for library staff.',
    url: 'https://x.example/benefits/training/',
    image: 'https://x.example/og/benefits/training.png',
    dateModified: new Date('2026-11-28T00:00:00Z'),
  } as const;

  test('an article has the properties search engines require, with the date as a day', () => {
    expect(articleFor(article)).toMatchObject({
      '@type': 'Article',
      headline: 'Get training',
      dateModified: '2026-11-28',
      image: ['https://x.example/og/benefits/training.png'],
    });
  });

  const association = {
    name: 'Riverside Library Guild',
    contact: { email: 'office@guild.example' },
    joinUrl: 'https://guild.example/members/join',
  };

  test('the association is an organization: its website, else its join page’s site, its logo and its contact', () => {
    const siteRoot = 'https://benefits.guild.example/library-benefits/';
    expect(organization(association, siteRoot)).toEqual({
      '@type': 'Organization',
      name: 'Riverside Library Guild',
      url: 'https://guild.example/',
      email: 'office@guild.example',
    });
    expect(
      organization(
        {
          ...association,
          website: 'https://www.guild.example/',
          logo: '/images/guild-logo.svg',
          contact: { url: 'https://www.guild.example/contact/' },
        },
        siteRoot,
      ),
    ).toEqual({
      '@type': 'Organization',
      name: 'Riverside Library Guild',
      url: 'https://www.guild.example/',
      logo: 'https://benefits.guild.example/library-benefits/images/guild-logo.svg',
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'customer support',
        url: 'https://www.guild.example/contact/',
      },
    });
  });

  test('the association publishes every page and writes each article; the site never names itself', () => {
    const publisher = organization(association, 'https://x.example/');
    expect(articleFor({ ...article, publisher })).toMatchObject({ publisher, author: publisher });
    const page = articleFor({ ...article, type: 'WebPage', publisher });
    expect(page['publisher']).toEqual(publisher);
    expect(page).not.toHaveProperty('author');
    expect(
      websiteWithSearch({ name: 'Site', url: 'https://x.example/', searchUrl: 'https://x.example/search/', publisher }),
    ).toMatchObject({ publisher });
    // In the general guide nobody is named.
    expect(articleFor(article)).not.toHaveProperty('publisher');
    expect(articleFor(article)).not.toHaveProperty('author');
    expect(
      websiteWithSearch({ name: 'Site', url: 'https://x.example/', searchUrl: 'https://x.example/search/' }),
    ).not.toHaveProperty('publisher');
  });

  test('an FAQ pairs each question with its answer', () => {
    expect(faqPage([{ question: 'Q?', answer: 'A.' }]).mainEntity).toEqual([
      { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
    ]);
  });
});

describe('questions in frontmatter', () => {
  const valid = readFrontmatter('content/benefits/conferences.mdx');
  const schema = benefitSchema(z.string());

  test('default to none, and accept question and answer pairs', () => {
    expect(schema.parse(valid).questions).toEqual([]);
    const questions = [{ question: 'Can my employer pay?', answer: 'Ask your manager before the budget is set.' }];
    expect(schema.parse({ ...valid, questions }).questions).toEqual(questions);
  });

  test('name the broken part of a pair', () => {
    const result = schema.safeParse({ ...valid, questions: [{ question: 'Can my employer pay?' }] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['questions.0.answer']);
  });
});

describe('lastReviewedByPath', () => {
  test('reads each published page’s date, skips drafts, and gives the index pages the newest', async () => {
    const root = await mkdtemp(join(tmpdir(), 'reviewed-'));
    try {
      await mkdir(join(root, 'benefits'));
      await mkdir(join(root, 'pages'));
      await writeFile(join(root, 'benefits', 'a.mdx'), '---\nlastReviewed: 2026-01-02\n---\n');
      await writeFile(join(root, 'benefits', 'b.mdx'), "---\nlastReviewed: '2026-03-04'\n---\n");
      await writeFile(join(root, 'benefits', 'c.mdx'), '---\nlastReviewed: 2026-09-09\ndraft: true\n---\n');
      await writeFile(join(root, 'pages', 'join.mdx'), '---\nlastReviewed: 2025-12-31\n---\n');
      expect(Object.fromEntries(await lastReviewedByPath(root))).toEqual({
        '/benefits/a/': '2026-01-02',
        '/benefits/b/': '2026-03-04',
        '/join/': '2025-12-31',
        '/': '2026-03-04',
        '/benefits/': '2026-03-04',
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

test('a social image is a 1200×630 PNG drawn without the network', async () => {
  const png = await renderSocialImage({ title: 'A title', subtitle: 'A subtitle', icon: 'training', siteName: 'Site' });
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(SOCIAL_IMAGE);
});

test('a social image takes the association’s brand colour for its bar, name and icon, or keeps the site’s', () => {
  const text = { title: 'A title', icon: 'training', siteName: 'Site' } as const;
  const own = JSON.stringify(socialImageLayout(text));
  expect(own).toContain(THEME_COLOURS.light.primary);
  const branded = JSON.stringify(socialImageLayout({ ...text, accent: '#1d4ed8' }));
  expect(branded).not.toContain(THEME_COLOURS.light.primary);
  expect(branded.match(/#1d4ed8/g)).toHaveLength(own.split(THEME_COLOURS.light.primary).length - 1);
});
