import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the content is: content/, or the folder the tests and the benchmark build from instead. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** The content file a built page comes from, so an editor knows which file to open. */
export function sourceOf(path: string, contentDir: string): string | undefined {
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
