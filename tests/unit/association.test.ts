import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { associationSchema, categoriesFor, readAssociation } from '../../src/lib/site/associationSchema.ts';
import { brandShades } from '../../src/lib/theme/brandShades.ts';
import { contrastRatio } from '../../src/lib/theme/contrast.ts';
import { THEME_COLOURS } from '../../src/lib/theme/themeColours.ts';

const EXAMPLE = 'examples/example-valley';
const example = parse(readFileSync(`${EXAMPLE}/site/association.yaml`, 'utf8')) as Record<string, unknown>;
const problems = (input: unknown) =>
  associationSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the association file', () => {
  test('the example passes, with the brand colour’s shades for both themes', () => {
    const parsed = associationSchema.parse(example);
    expect(parsed.name).toBe('Example Valley Library Association');
    expect(parsed.contact).toEqual({ email: 'office@example-valley-library.example' });
    expect(parsed.brandColor?.light).toBe('#1d4ed8');
    expect(parsed.dues?.categories).toHaveLength(3);
  });

  test('needs a name, a contact and a join address, each named with what to write', () => {
    const found = problems({});
    expect(found).toContainEqual(expect.stringMatching(/^name: is missing or not text: write the association’s name/));
    expect(found).toContainEqual(expect.stringMatching(/^contact: is missing: write an email address/));
    expect(found).toContainEqual(expect.stringMatching(/^joinUrl: is not a full https:\/\/ address/));
  });

  test('takes a contact page, or an email address with or without mailto:', () => {
    expect(associationSchema.parse({ ...example, contact: 'mailto:office@evla.example' }).contact).toEqual({
      email: 'office@evla.example',
    });
    expect(associationSchema.parse({ ...example, contact: 'https://evla.example/contact' }).contact).toEqual({
      url: 'https://evla.example/contact',
    });
    expect(problems({ ...example, contact: 'call us' })).toEqual([
      expect.stringMatching(/^contact: is neither an email address nor an https:\/\/ address/),
    ]);
    expect(problems({ ...example, joinUrl: 'http://evla.example/join' })).toEqual([
      expect.stringMatching(/^joinUrl: is not a full https:\/\/ address/),
    ]);
  });

  test('names a misspelt field and suggests the right one', () => {
    expect(problems({ ...example, joinURL: 'https://evla.example/join' })).toEqual([
      'joinURL: is not a field the association file uses: did you mean joinUrl? Check the spelling',
    ]);
  });

  test('checks the dues: a currency code, amounts as numbers, at least one category', () => {
    const dues = example['dues'] as Record<string, unknown>;
    expect(problems({ ...example, dues: { ...dues, currency: 'Dollars' } })).toEqual([
      expect.stringMatching(/^dues.currency: is not a currency code/),
    ]);
    expect(
      problems({
        ...example,
        dues: { ...dues, categories: [{ name: 'Student', amount: '$25', who: 'Enrolled in a program.' }] },
      }),
    ).toEqual([expect.stringMatching(/^dues.categories.0.amount: must be a number without a currency sign/)]);
    expect(problems({ ...example, dues: { ...dues, categories: [] } })).toEqual([
      expect.stringMatching(/^dues.categories: is empty/),
    ]);
  });
});

describe('the brand colour', () => {
  test('is refused when it cannot carry text on the light theme, naming the ratio and a darker colour that can', () => {
    const [problem] = problems({ ...example, brandColor: '#7dd3fc' });
    expect(problem).toMatch(/^brandColor: "#7dd3fc" has a contrast of 1\.\d\d:1 with the light theme's background/);
    const suggested = /such as "(#[0-9a-f]{6})"/.exec(problem ?? '')?.[1] ?? '';
    expect(contrastRatio(suggested, THEME_COLOURS.light.surface)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(['#1d4ed8', '#0c5b58', '#7a2d12', '#000000', '#6b21a8'])(
    '%s gets shades that read at AA on both themes’ backgrounds, hovers included',
    (colour) => {
      const shades = brandShades(colour);
      if ('problem' in shades) throw new Error(shades.problem);
      for (const background of [THEME_COLOURS.light.paper, THEME_COLOURS.light.surface]) {
        expect(contrastRatio(shades.light, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(shades.lightHover, background)).toBeGreaterThanOrEqual(4.5);
      }
      for (const background of [THEME_COLOURS.dark.paper, THEME_COLOURS.dark.surface]) {
        expect(contrastRatio(shades.dark, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(shades.darkHover, background)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});

describe('reading the file', () => {
  let contentDir: string;
  let publicDir: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'association-'));
    [contentDir, publicDir] = [join(dir, 'content'), join(dir, 'public')];
    await cp(`${EXAMPLE}/site`, join(contentDir, 'site'), { recursive: true });
    await cp(`${EXAMPLE}/images`, join(publicDir, 'images'), { recursive: true });
  });

  test('no file is the general guide', async () => {
    expect(readAssociation(await mkdtemp(join(tmpdir(), 'no-association-')), publicDir)).toBeUndefined();
  });

  test('the example, with its logo', () => {
    expect(readAssociation(contentDir, publicDir)?.logo).toBe('/images/example-valley-logo.svg');
  });

  test('a logo that is not there, or too large, stops the build naming the file', async () => {
    expect(() => readAssociation(contentDir, join(publicDir, 'elsewhere'))).toThrow(
      /association\.yaml: logo: there is no file .*\/images\/example-valley-logo\.svg/,
    );
    const large = join(publicDir, 'large');
    await mkdir(join(large, 'images'), { recursive: true });
    await writeFile(
      join(large, 'images', 'example-valley-logo.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(60_000)}</svg>`,
    );
    expect(() => readAssociation(contentDir, large)).toThrow(/is 60 KB; a logo must be at most 50 KB/);
  });

  test('YAML that does not parse names the line', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'broken-association-'));
    await mkdir(join(broken, 'site'));
    await writeFile(join(broken, 'site', 'association.yaml'), 'name: Example\ncontact: [office\n');
    expect(() => readAssociation(broken, publicDir)).toThrow(/site\/association\.yaml: line \d/);
  });
});

describe('dues categories and readers', () => {
  test('a role page finds the categories listed for its readers', () => {
    const parsed = associationSchema.parse(example);
    expect(categoriesFor(parsed, 'students').map((category) => category.name)).toEqual(['Student']);
    expect(categoriesFor(parsed, 'trustees-and-volunteers')).toEqual([]);
    expect(categoriesFor(undefined, 'students')).toEqual([]);
  });

  test('an audience that does not exist is named, with the nearest one', () => {
    const dues = example['dues'] as { categories: Record<string, unknown>[] };
    const categories = [{ ...dues.categories[0], audiences: ['student'] }];
    expect(problems({ ...example, dues: { ...dues, categories } })).toEqual([
      expect.stringMatching(
        /^dues.categories.0.audiences.0: "student" is not one of the site's audiences: did you mean students\?/,
      ),
    ]);
  });
});

describe('hostile values an editor or a pull request could write', () => {
  test.each([
    ['joinUrl', 'javascript:alert(1)', /^joinUrl: is not a full https:\/\/ address/],
    ['website', 'data:text/html,<script>alert(1)</script>', /^website: is not a full https:\/\/ address/],
    [
      'contact',
      'javascript:alert(1)//@evla.example',
      /^contact: is neither an email address nor an https:\/\/ address/,
    ],
    ['brandColor', '#1d4ed8;}body{display:none', /^brandColor: must be # and six hex digits/],
    ['logo', '/images/../../etc/passwd.svg', /^logo: must be an SVG or PNG in public\/images\//],
    ['logo', 'https://other.example/logo.svg', /^logo: must be an SVG or PNG in public\/images\//],
  ])('%s: %s is refused, not used', (field, value, message) => {
    expect(problems({ ...example, [field]: value })).toEqual([expect.stringMatching(message)]);
  });

  test('markup in a name is kept as the text it is, for the page to show as text', () => {
    expect(associationSchema.parse({ ...example, name: '<img src=x onerror=alert(1)>' }).name).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
