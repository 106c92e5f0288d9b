import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../contentChecks/readFrontmatter.ts';

/** The pages of content/site/ that are in the sitemap with a date of their own, by file. */
const SITE_PAGE_PATHS: Readonly<Record<string, string>> = {
  'value.mdx': '/value/',
  'make-the-case.mdx': '/make-the-case/',
};

/**
 * The last-reviewed date (YYYY-MM-DD) of every published page, by site path,
 * read straight from the content files for the sitemap, which is written
 * outside Astro's content collections. The home page and the A–Z list change
 * whenever any benefit does, or their own words do, so they take the newest date.
 */
export async function lastReviewedByPath(contentRoot: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  // Read before any check runs, so a symbolic link (refused by name in the publicFiles integration) is never followed here.
  const filesIn = async (folder: string) =>
    (await readdir(join(contentRoot, folder), { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  for (const [folder, prefix] of [
    ['benefits', '/benefits/'],
    ['pages', '/'],
    ['roles', '/for/'],
  ] as const) {
    const names = await filesIn(folder);
    for (const name of names.filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))) {
      const read = readFrontmatter(await readFile(join(contentRoot, folder, name), 'utf8'));
      // A file YAML cannot read is reported, with its line, by Astro's content check.
      if ('error' in read || read.data['draft'] === true) continue;
      const date = dayOf(read.data['lastReviewed']);
      if (date) dates.set(`${prefix}${name.replace(/\.mdx?$/, '')}/`, date);
    }
  }
  const site = await filesIn('site');
  const siteDates: string[] = [];
  for (const name of site.filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))) {
    const read = readFrontmatter(await readFile(join(contentRoot, 'site', name), 'utf8'));
    const date = 'error' in read ? undefined : dayOf(read.data['lastReviewed']);
    if (!date) continue;
    siteDates.push(date);
    const path = SITE_PAGE_PATHS[name];
    if (path) dates.set(path, date);
  }
  const newest = [...dates.values(), ...siteDates].sort().at(-1);
  if (newest) {
    dates.set('/', newest);
    dates.set('/benefits/', newest);
  }
  return dates;
}

/** A frontmatter date as YYYY-MM-DD, or undefined when it is not one (the content check reports it). */
function dayOf(value: unknown): string | undefined {
  const date = value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
