import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { iconDrawing } from '../../src/lib/icons/siteIcon.ts';
import { svgToPng } from '../../src/lib/seo/socialImage.ts';
import { readAssociation } from '../../src/lib/site/associationSchema.ts';
import { siteConfig } from '../../src/site.config.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH, TEST_REPOSITORY_URL } from '../support/buildSite.ts';
import { type BuiltPage, builtPageAt, loadBuiltPages, resolveInDist, textOf } from '../support/builtSite.ts';
import { siteText } from '../support/siteText.ts';

/*
 * Whose site it is, everywhere a visitor or a machine looks: the header, the
 * footer, the About page, the icons and the web app manifest, the
 * structured data, the stylesheet. Nobody is named in the general guide (the
 * first tested build, which has a repository and no SITE_URL), and the
 * example association in its own site (the second, built under a base path
 * with its SITE_URL). The sentences are the editors' (content/site/site.yaml);
 * only the name, the addresses, the logo and the colour come from the
 * association's file.
 */
const words = siteText().publisher;
/** The example association's file, as the build read it. */
const association = readAssociation(EXAMPLE_ASSOCIATION.folder, EXAMPLE_ASSOCIATION.folder);
if (!association) throw new Error(`${EXAMPLE_ASSOCIATION.folder} has no association file`);
const { logo, shortName, brandColor, website } = association;
if (!logo || !shortName || !brandColor || !website) throw new Error('The example association shows every field');
let unset: BuiltPage[];
let set: BuiltPage[];
const [distDir, baseDistDir] = [inject('distDir'), inject('baseDistDir')];

beforeAll(() => {
  unset = loadBuiltPages(distDir);
  set = loadBuiltPages(baseDistDir);
});

const page = builtPageAt;
const text = textOf;
/** A sentence from site.yaml as a reader sees it: names filled in, links as their words. */
const shown = (sentence: string) =>
  sentence.replace(/\{publisher\}/g, EXAMPLE_ASSOCIATION.name).replace(/\[([^\]]*)\]\(\{\w+\}\)/g, '$1');
const footer = (built: BuiltPage) => built.document.querySelector('footer');
const structuredData = (built: BuiltPage) =>
  [...built.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>,
  );

/** The text a page shows or prints: its body without scripts (structured data) and styles. */
const visibleText = (built: BuiltPage) => {
  const body = built.document.body.cloneNode(true) as HTMLElement;
  for (const hidden of body.querySelectorAll('script, style')) hidden.remove();
  return text(body);
};
const read = (dir: string, file: string) => readFileSync(join(dir, file));
const manifestOf = (dir: string) =>
  JSON.parse(read(dir, 'manifest.webmanifest').toString('utf8')) as {
    name: string;
    short_name: string;
    theme_color: string;
    icons: { src: string; type: string }[];
  };

describe('in the general guide', () => {
  test('the build warns, as it does for the placeholder address', () => {
    expect(inject('buildLog')).toContain('There is no content/site/association.yaml');
    expect(inject('baseBuildLog')).not.toContain('There is no content/site/association.yaml');
  });

  test('built without SITE_URL, the build warns, and no page shows or prints the placeholder address', () => {
    const placeholder = new URL(siteConfig.url).hostname;
    expect(placeholder.endsWith('.example')).toBe(true);
    expect(inject('buildLog')).toContain(`Canonical links and the sitemap use ${siteConfig.url}`);
    expect(unset.length).toBeGreaterThan(20);
    for (const built of unset) {
      // Any address on the reserved .example domain; the repository's issues are linked by their words.
      expect(visibleText(built).match(/\S+\.example\b\S*/g), built.urlPath).toBeNull();
    }
  });

  test('the header, icons and manifest are the site’s own', () => {
    const home = page(unset, '/').document;
    expect(home.querySelector('header a[href="/"] img')).toBeNull();
    expect(home.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute('href')).toBe('/favicon.svg');
    expect(manifestOf(distDir)).toMatchObject({ name: siteConfig.title, short_name: 'Library benefits' });
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
  /** Absolute address of a path in the site, as its SITE_URL and base path make it. */
  const absolute = (path: string) =>
    new URL(`${TEST_BASE_PATH}${path.replace(/^\//, '')}`, EXAMPLE_ASSOCIATION.siteUrl).href;

  test('every page’s header names it beside its logo, with its short name for phones', () => {
    for (const built of set) {
      const link = built.document.querySelector(`header a[href="${TEST_BASE_PATH}"]`);
      const image = link?.querySelector('img');
      expect(image?.getAttribute('src'), built.urlPath).toBe(`${TEST_BASE_PATH}${logo.slice(1)}`);
      // Beside the name, the logo says nothing more.
      expect(image?.getAttribute('alt'), built.urlPath).toBe('');
      // The short name and then the full one: which one shows at which width is checked in Chromium.
      expect(text(link), built.urlPath).toBe(`${shortName} ${EXAMPLE_ASSOCIATION.name}`);
    }
  });

  test('its logo is the icon in the browser’s tab, on a home screen and in the manifest, with its names and colour', () => {
    const head = page(set, '/').document;
    expect(head.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute('href')).toBe(
      `${TEST_BASE_PATH}${logo.slice(1)}`,
    );
    // Each PNG icon is drawn from the logo, and none is the general guide's.
    for (const [file, size] of [
      ['icons/icon-32.png', 32],
      ['icons/apple-touch-icon.png', 180],
      ['icons/icon-512.png', 512],
    ] as const) {
      const drawn = read(baseDistDir, file);
      expect(drawn.equals(svgToPng(iconDrawing(EXAMPLE_ASSOCIATION.folder, logo, size > 32), size)), file).toBe(true);
      expect(drawn.equals(read(distDir, file)), file).toBe(false);
    }
    const manifest = manifestOf(baseDistDir);
    expect(manifest).toMatchObject({
      name: EXAMPLE_ASSOCIATION.name,
      short_name: shortName,
      theme_color: brandColor.light,
    });
    expect(manifest.icons).toContainEqual({
      src: `${TEST_BASE_PATH}${logo.slice(1)}`,
      sizes: 'any',
      type: 'image/svg+xml',
    });
    for (const icon of manifest.icons) {
      expect(resolveInDist(baseDistDir, icon.src.slice(TEST_BASE_PATH.length - 1)), icon.src).toBeDefined();
    }
  });

  test('its brand colour is the accent of both themes in the stylesheet', () => {
    const sheets = [...page(set, '/').document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      read(baseDistDir, (link.getAttribute('href') ?? '').slice(TEST_BASE_PATH.length)).toString('utf8'),
    );
    const css = sheets.join('\n');
    expect(css).toContain(`--primary:light-dark(${brandColor.light},${brandColor.dark})`);
    // The brand's rule comes after the site's own, so it is the one that applies.
    expect(css.lastIndexOf('--primary:light-dark(')).toBe(css.indexOf(`--primary:light-dark(${brandColor.light}`));
  });

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

  test('it is an Organization with its website, logo and email: publisher of the site and its pages, author of each article', () => {
    const organization = {
      '@type': 'Organization',
      name: EXAMPLE_ASSOCIATION.name,
      url: website,
      logo: absolute(logo),
      email: EXAMPLE_ASSOCIATION.email,
    };
    const siteData = structuredData(page(set, '/')).find((data) => data['@type'] === 'WebSite');
    expect(siteData?.['publisher']).toEqual(organization);
    const articles = set.flatMap((built) => structuredData(built).filter((data) => data['@type'] === 'Article'));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article).toMatchObject({ publisher: organization, author: organization });
    const about = structuredData(page(set, '/about/')).find((data) => data['@type'] === 'WebPage');
    expect(about?.['publisher']).toEqual(organization);
    // The logo's address leads to the logo.
    expect(resolveInDist(baseDistDir, logo)).toBeDefined();
  });
});
