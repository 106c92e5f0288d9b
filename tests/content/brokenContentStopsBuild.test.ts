import { cp, glob, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';
import { contentFilesIn } from '../support/contentFiles.ts';

/*
 * The real content pipeline (Astro's content sync with the site's own
 * collections) run on a copy of content/ with one broken file added. This is
 * what an editor sees in the terminal when `npm run build` or `npm run dev`
 * meets their mistake. Each case is one real sync (about 1.5 s), so this file
 * keeps to the cases only a real run can prove; the schema's wording is
 * covered by the unit tests.
 */

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'broken-content-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A copy of the real content with each of `fixtures` added, as content/benefits/<fixture> or at its destination. */
async function contentWithAll(name: string, fixtures: readonly (readonly [string, string?])[]): Promise<string> {
  const dir = join(workDir, name);
  await cp('content', dir, { recursive: true });
  for (const [fixture, destination = join('benefits', fixture)] of fixtures) {
    await cp(`tests/fixtures/bad-content/${fixture}`, join(dir, destination), { recursive: true });
  }
  return dir;
}

/*
 * One real sync for each stage that finds a kind of mistake; the wording of
 * each field's message is the schema's, tested in tests/unit/contentSchemas.test.ts.
 */
describe('a broken content file stops the build and says where and what to fix', () => {
  test.each([
    // A field's schema: the first invalid file stops the sync, named with the field.
    ['a field', [['missing-title.mdx']], ['missing-title.mdx', 'title: is missing or not text: write a title of 3 to 70 characters']],
    // YAML that does not parse.
    ['the frontmatter', [['colon-without-quotes.mdx']], ['colon-without-quotes.mdx', 'bad indentation of a mapping entry']],
    // Checks across files, after every file is read: all found at once.
    [
      'across files',
      [['unknown-related.mdx'], ['impossible-date.mdx']],
      [
        'unknown-related.mdx',
        'related: there is no benefit called "networking-events"',
        'impossible-date.mdx',
        'lastReviewed: "2026-02-30" is not a real date',
      ],
    ],
    // The files themselves, before any is read: all found at once.
    [
      'the files',
      [
        // Astro reads the same page from both; only one would be published, without a word.
        ['same-page-twice.md', 'benefits/training.md'],
        ['in-a-subfolder.mdx', 'benefits/guides/in-a-subfolder.mdx'],
        ['not-utf-8.mdx'],
        ['utf-16.mdx'],
      ],
      [
        'benefits/training.md and ',
        'benefits/training.mdx would both make the page "training": a page has one file',
        "benefits/guides/in-a-subfolder.mdx is in a subfolder: the file name is the page's address",
        'benefits/not-utf-8.mdx is not saved as UTF-8 text: the first byte that is not UTF-8 is at byte offset 925 (line 24)',
        'benefits/utf-16.mdx is not saved as UTF-8 text: the first byte that is not UTF-8 is at byte offset 0 (line 1)',
      ],
    ],
  ] as const)('%s', async (name, fixtures, messages) => {
    const { code, output } = await runAstro(['sync'], { CONTENT_DIR: await contentWithAll(name, fixtures) });
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
  });

  test('the real content syncs cleanly with the same command', async () => {
    const dir = join(workDir, 'clean');
    await cp('content', dir, { recursive: true });
    const { code, output } = await runAstro(['sync'], { CONTENT_DIR: dir });
    expect(code, output).toBe(0);
  });
});

/*
 * content/site/ holds a fixed set of files, each with a schema of its own: a
 * missing file, a missing or misspelt field, or a file nothing reads each
 * stop the sync by name (the letter's parts and blanks are its schema's,
 * tested in tests/unit/siteTextSchemas.test.ts).
 */
describe('the site’s own pages and words in content/site/ stop the build when broken', () => {
  const siteFile = async (name: string, change: (site: string) => Promise<void>) => {
    const dir = join(workDir, `site-${name}`);
    await cp('content', dir, { recursive: true });
    await change(join(dir, 'site'));
    return dir;
  };
  const replaceIn = async (file: string, from: RegExp | string, to: string) =>
    writeFile(file, (await readFile(file, 'utf8')).replace(from, to));

  test.each([
    ['missing-home', async (site: string) => rm(join(site, 'home.mdx')), ['site/home.mdx is missing']],
    [
      'misspelt-field',
      async (site: string) => replaceIn(join(site, 'value.mdx'), /^formIntro:/m, 'formIntor:'),
      [
        'formIntor: is not a field the value calculator page uses: did you mean formIntro?',
        'formIntro: is missing or not text',
      ],
    ],
    [
      'unread-file',
      async (site: string) => cp(join(site, 'home.mdx'), join(site, 'hom.mdx')),
      ["site/hom.mdx is not one of the site's own files, so nothing reads it: did you mean home.mdx?"],
    ],
  ] as const)('%s', async (name, change, messages) => {
    const { code, output } = await runAstro(['sync'], { CONTENT_DIR: await siteFile(name, change) });
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
  });
});

describe('mistakes only a full build can find stop it too', () => {
  test.each([
    ['broken-link', ['broken-link.mdx', 'the link "/benefits/networking-events/" goes to a page that does not exist']],
    ['mdx-syntax-error', ['mdx-syntax-error.mdx:24', 'expected a corresponding closing brace for `{`']],
  ])('%s', async (fixture, messages) => {
    const outDir = join(workDir, `${fixture}-dist`);
    const { code, output } = await runAstro(['build', '--outDir', outDir], {
      CONTENT_DIR: await contentWithAll(fixture, [[`${fixture}.mdx`]]),
    });
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toContain(message);
    // Nothing is left that could be published by mistake.
    expect(await Array.fromAsync(glob('**/*.html', { cwd: outDir }))).toEqual([]);
  });

  test('a mistake in the search synonyms file', async () => {
    const dir = join(workDir, 'search-synonyms');
    await cp('content', dir, { recursive: true });
    await writeFile(join(dir, 'search-synonyms.yaml'), '# Words that mean the same\n- CV, résumé\n- résumé, resume\n');
    const outDir = join(workDir, 'search-synonyms-dist');
    const { code, output } = await runAstro(['build', '--outDir', outDir], { CONTENT_DIR: dir });
    expect(code, output).not.toBe(0);
    expect(output).toContain('search-synonyms.yaml:3: "résumé" is already in the group on line 2');
    expect(await Array.fromAsync(glob('**/*.html', { cwd: outDir }))).toEqual([]);
  });
});

describe('a draft page', () => {
  test('is left out of the production build: no page, no link, no sitemap entry, no search entry', async () => {
    const dir = join(workDir, 'with-draft');
    await cp('content', dir, { recursive: true });
    const trainingPage = await readFile('content/benefits/training.mdx', 'utf8');
    const draft = trainingPage
      .replace(/^title: .*$/m, 'title: Unfinished draft benefit')
      .replace(/^lastReviewed: .*$/m, '$&\ndraft: true');
    await writeFile(join(dir, 'benefits', 'unfinished-draft.mdx'), draft);
    const outDir = join(workDir, 'with-draft-dist');

    // NODE_ENV=development makes import.meta.env.DEV true even in a build; drafts must stay out regardless.
    const { code, output } = await runAstro(['build', '--outDir', outDir], {
      CONTENT_DIR: dir,
      NODE_ENV: 'development',
    });

    expect(code, output).toBe(0);
    const files = await Array.fromAsync(glob('**/*', { cwd: outDir }));
    expect(files.filter((file) => file.includes('unfinished-draft'))).toEqual([]);
    for (const file of files.filter((name) => /\.(html|xml|txt)$/.test(name))) {
      const text = await readFile(join(outDir, file), 'utf8');
      expect(text, file).not.toContain('unfinished-draft');
      expect(text, file).not.toContain('Unfinished draft benefit');
    }
    // The search index holds the published benefit, general and role pages and the two tools, and no more.
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const published = [
      ...contentFilesIn(join(dir, 'benefits')),
      ...contentFilesIn(join(dir, 'pages')),
      ...contentFilesIn(join(dir, 'roles')),
    ].filter((file) => !file.endsWith('unfinished-draft.mdx'));
    const toolPages = ['value/index.html', 'make-the-case/index.html'];
    expect(files.filter((file) => toolPages.includes(file)).sort()).toEqual([...toolPages].sort());
    expect(indexed).toBe(published.length + toolPages.length);
  });
});
