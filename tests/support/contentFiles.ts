import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { frontmatterOf } from '../../src/lib/calendarDates.ts';

/** Frontmatter of a content file, parsed the way Astro parses it (js-yaml 4). */
export function readFrontmatter(path: string): Record<string, unknown> {
  return (yaml.load(frontmatterOf(readFileSync(path, 'utf8'))) ?? {}) as Record<string, unknown>;
}

/** Markdown and MDX files directly inside `dir`, skipping `_`-prefixed ones like the site does. */
export function contentFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}
