import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';

/*
 * The hostile corpus (tests/fixtures/hostile/, one attack a file, see its
 * README) run through the real build, grouped by the stage that stops them
 * so that each group is one run: every file must be named in the one
 * message, and nothing may be published. The files that must build and
 * leave no trace are served to Chromium in tests/browser/hostileSite.test.ts.
 */

const CORPUS = 'tests/fixtures/hostile/content';
const PUBLIC_CORPUS = 'tests/fixtures/hostile/public';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'hostile-content-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A copy of the real content with every file of the corpus folder `group` added to content/benefits/. */
async function contentWith(group: string): Promise<{ contentDir: string; files: string[] }> {
  const contentDir = join(workDir, group, 'content');
  await cp('content', contentDir, { recursive: true });
  const files = (await readdir(join(CORPUS, group))).sort();
  for (const file of files) await cp(join(CORPUS, group, file), join(contentDir, 'benefits', file));
  return { contentDir, files };
}

/** For some files, the exact line and words an editor reads (the rest are named with their own reasons too). */
const EXPECTED: Record<string, string> = {
  'import-line.mdx': 'import-line.mdx:24: an import or export line ("import { readFileSync } from "node:fs"")',
  'code-expression.mdx': 'code-expression.mdx:24: a {…} expression ("{process.env.PATH}"): the text of a page cannot run code. To show a { as text, write \\{',
  'script-tag.mdx': 'script-tag.mdx:26: a <script>: the text of a page cannot run code',
  'style-block.mdx': 'style-block.mdx:26: a <style> block: the look of the page comes from the site',
  'iframe.mdx': 'iframe.mdx:26: an <iframe>: content cannot show other sites inside a page',
  'object-tag.mdx': 'object-tag.mdx:26: an <object>: content cannot embed files or other sites',
  'embed-tag.mdx': 'embed-tag.mdx:26: an <embed>: content cannot embed files or other sites',
  'base-tag.mdx': 'base-tag.mdx:26: a <base>: it would change where every link on the page goes',
  'meta-refresh.mdx': 'meta-refresh.mdx:26: a <meta>: content cannot redirect, refresh or describe the page this way',
  'form.mdx': "form.mdx:26: a <form>: it would send readers' answers to another place",
  'event-handler.mdx': "event-handler.mdx:26: <p onClick=…>: an event handler runs code in the reader's browser",
  'inline-style.mdx': 'inline-style.mdx:24: <p style=…>: the look of the page comes from the site',
  'unknown-component.mdx': 'unknown-component.mdx:24: <Calout> is not a building block of this site: did you mean <Callout>?',
  'javascript-link.mdx': 'javascript-link.mdx:24: a javascript: address ("javascript:alert(1)")',
  'data-image.mdx': 'data-image.mdx:26: a data: address ("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")',
  'outside-image.mdx': 'outside-image.mdx:26: an image from another site ("https://photos.example/hall.jpg")',
  'protocol-relative-image.mdx': 'protocol-relative-image.mdx:26: an image from another site ("//photos.example/hall.jpg")',
  // 300 levels used to crash the build with a segmentation fault that named no file.
  'deep-list.mdx': 'deep-list.mdx:44: lists, quotes or elements are nested more than 20 levels deep',
  'md-early-comment.md': 'md-early-comment.md:26: raw HTML in a Markdown (.md) file',
  'callout-set-html.mdx': 'callout-set-html.mdx:26: <Callout set:html=…>: <Callout> takes only type="…", title="…"',
  'title-bidi.mdx': 'title-bidi.mdx: title: has a right-to-left override (U+202E)',
  'train\u200bing.mdx': 'it has a zero-width space (U+200B). Rename the file to training.mdx',
  'year-1000.mdx': 'lastReviewed: is before the year 2000',
};

describe('every hostile content file stops the build by name, and nothing is published', () => {
  test.each([
    // What a page may contain, and invisible characters in its fields: all found by the content sync at once.
    ['refused', 'needs fixing'],
    // Page names: checked before any file is read.
    ['names', "the file name is the page's address"],
    // A field's schema.
    ['schema', 'before the year 2000'],
  ])('%s', async (group, message) => {
    const { contentDir, files } = await contentWith(group);
    const outDir = join(workDir, group, 'dist');
    const { code, output } = await runAstro(['build', '--force', '--outDir', outDir], { CONTENT_DIR: contentDir });
    expect(code, output).not.toBe(0);
    expect(output).toContain(message);
    for (const file of files) {
      expect(output, file).toContain(`benefits/${file}`);
      if (EXPECTED[file]) expect(output, file).toContain(EXPECTED[file]);
    }
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('hostile files in public/, and symbolic links anywhere, stop the build by name before anything is built', () => {
  test('public/: pages, scripts, unsafe SVGs and files at the site’s own addresses', async () => {
    const publicDir = join(workDir, 'public');
    await cp('public', publicDir, { recursive: true });
    await cp(PUBLIC_CORPUS, publicDir, { recursive: true });
    const files = (await readdir(PUBLIC_CORPUS, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(PUBLIC_CORPUS.length + 1));
    const outDir = join(workDir, 'public-dist');
    const { code, output } = await runAstro(['build', '--force', '--outDir', outDir], { PUBLIC_DIR: publicDir });
    expect(code, output).not.toBe(0);
    expect(output).toContain('Files in public/ need fixing, so nothing was built');
    for (const file of files) expect(output, file).toContain(`public/${file}`);
    expect(existsSync(outDir)).toBe(false);
  });

  test('links to files outside the repository, and links that loop, in content/ and public/', async () => {
    const contentDir = join(workDir, 'links', 'content');
    const publicDir = join(workDir, 'links', 'public');
    await cp('content', contentDir, { recursive: true });
    await cp('public', publicDir, { recursive: true });
    const outside = join(workDir, 'links', 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'secret.mdx'), '---\ntitle: The build machine’s secret\n---\nA key.\n');
    await symlink(join(outside, 'secret.mdx'), join(contentDir, 'benefits', 'secret.mdx'));
    await symlink('loop.mdx', join(contentDir, 'pages', 'loop.mdx'));
    await symlink('/etc/passwd', join(publicDir, 'passwd.txt'));
    await symlink('..', join(publicDir, 'up'));
    const outDir = join(workDir, 'links-dist');
    const { code, output } = await runAstro(['build', '--force', '--outDir', outDir], {
      CONTENT_DIR: contentDir,
      PUBLIC_DIR: publicDir,
    });
    expect(code, output).not.toBe(0);
    for (const link of ['benefits/secret.mdx', 'pages/loop.mdx', 'public/passwd.txt', 'public/up']) {
      expect(output, link).toMatch(new RegExp(`${link.replace('.', '\\.')} is a symbolic link`));
    }
    expect(output).not.toContain('ELOOP');
    expect(existsSync(outDir)).toBe(false);
  });
});
