import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../site/contentDir.ts';

/** The content file a built page comes from, so an editor knows which file to open. */
export function sourceOf(path: string, contentDir = CONTENT_DIR): string | undefined {
  const benefit = /^\/benefits\/([^/]+)\/$/.exec(path);
  const role = /^\/for\/([^/]+)\/$/.exec(path);
  const page = /^\/([^/]+)\/$/.exec(path);
  const id = benefit?.[1] ?? role?.[1] ?? page?.[1];
  if (!id) return undefined;
  const folder = benefit ? 'benefits' : role ? 'roles' : 'pages';
  for (const extension of ['mdx', 'md']) {
    if (existsSync(join(contentDir, folder, `${id}.${extension}`))) return `${contentDir}/${folder}/${id}.${extension}`;
  }
  return undefined;
}

/** Where a problem on the page at `path` is: its content file, if it has one, and the page. */
export function whereIs(path: string): string {
  const source = sourceOf(path);
  return source ? `${source} (page ${path})` : path;
}
