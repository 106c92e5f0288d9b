import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter as parseFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';

/** Frontmatter of a content file, parsed the way the site's own tools parse it; a broken file fails the test. */
export function readFrontmatter(path: string): Record<string, unknown> {
  const read = parseFrontmatter(readFileSync(path, 'utf8'));
  if ('error' in read) throw new Error(`${path}: ${read.error}`);
  return read.data;
}

/** Markdown and MDX files directly inside `dir`, skipping `_`-prefixed ones like the site does. */
export function contentFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}
