import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from './readFrontmatter.ts';

/**
 * The last-reviewed date (YYYY-MM-DD) of every published page, by site path,
 * read straight from the content files for the sitemap, which is written
 * outside Astro's content collections. The home page and the A–Z list change
 * whenever any benefit does, so they take the newest date.
 */
export async function lastReviewedByPath(contentRoot: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  for (const [folder, prefix] of [
    ['benefits', '/benefits/'],
    ['pages', '/'],
    ['roles', '/for/'],
  ] as const) {
    const names = await readdir(join(contentRoot, folder)).catch(() => [] as string[]);
    for (const name of names.filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))) {
      const read = readFrontmatter(await readFile(join(contentRoot, folder, name), 'utf8'));
      // A file YAML cannot read is reported, with its line, by Astro's content check.
      if ('error' in read || read.data['draft'] === true) continue;
      const data = read.data as { lastReviewed?: unknown };
      const date =
        data.lastReviewed instanceof Date ? data.lastReviewed : new Date(`${String(data.lastReviewed)}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) continue; // the content check reports it
      dates.set(`${prefix}${name.replace(/\.mdx?$/, '')}/`, date.toISOString().slice(0, 10));
    }
  }
  const newest = [...dates.values()].sort().at(-1);
  if (newest) {
    dates.set('/', newest);
    dates.set('/benefits/', newest);
  }
  return dates;
}
