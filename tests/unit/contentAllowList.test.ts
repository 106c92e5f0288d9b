import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentAllowList } from '../../src/lib/contentChecks/contentAllowList.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'allow-list-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const frontmatter = '---\ntitle: A page\n---\n';
const body = '\n## A section\n\n<script>alert(1)</script>\n';

/** Writes `text` at `path` inside the test folder, as the file the processor is compiling. */
async function file(path: string, text: string): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, text);
  return full;
}

/** Compiles `source` as the site's processor does, with `path` as the file being compiled. */
function compile(path: string, source: string, format: 'md' | 'mdx'): () => unknown {
  return () =>
    (format === 'mdx' ? mdxToJs : markdownToJs)(source, {
      mdastPlugins: [contentAllowList(join(dir, 'content'))],
      fileURL: pathToFileURL(path),
    });
}

describe('contentAllowList', () => {
  test('stops an MDX file in the content folder at the line of the file', async () => {
    const path = await file('content/benefits/page.mdx', `${frontmatter}${body}`);
    // The MDX pipeline blanks the frontmatter out, keeping its lines.
    expect(compile(path, `${frontmatter.replace(/[^\n]/g, ' ')}${body}`, 'mdx')).toThrow(
      `${path}:7: a <script>: the text of a page cannot run code`,
    );
  });

  test('counts the frontmatter lines a Markdown file is parsed without', async () => {
    const path = await file('content/pages/page.md', `${frontmatter}${body}`);
    // Astro hands the Markdown processor the body alone, trimmed.
    expect(compile(path, body.trim(), 'md')).toThrow(`${path}:7: raw HTML in a Markdown (.md) file`);
  });

  test('leaves files outside the content folder alone', async () => {
    expect(compile(await file('src/pages/page.mdx', body), body, 'mdx')).not.toThrow();
    expect(compile(await file('content-other/page.mdx', body), body, 'mdx')).not.toThrow();
  });
});
