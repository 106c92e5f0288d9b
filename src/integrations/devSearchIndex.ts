import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The pages search covers, as site paths, read from the content folders. */
export async function searchablePaths(contentRoot: string): Promise<string[]> {
  const namesIn = async (folder: string) =>
    (await readdir(join(contentRoot, folder)).catch(() => [] as string[]))
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => name.replace(/\.mdx?$/, ''))
      .sort();
  return [
    ...(await namesIn('benefits')).map((id) => `/benefits/${id}/`),
    ...(await namesIn('pages')).map((id) => `/${id}/`),
  ];
}

/**
 * A Pagefind index of the pages as the dev server renders them right now,
 * kept in memory and rebuilt on the next search after content changes. It
 * indexes the same HTML the production build would, so results in
 * `npm run dev` match what visitors will get.
 */
export class DevSearchIndex {
  private files: Promise<Map<string, Uint8Array>> | undefined;

  constructor(
    private readonly contentRoot: string,
    private readonly base: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Forget the index; the next request builds a fresh one. */
  invalidate(): void {
    this.files = undefined;
  }

  /** The index files by path inside `pagefind/`, built from the dev server at `origin`. */
  get(origin: string): Promise<Map<string, Uint8Array>> {
    const building = (this.files ??= this.build(origin));
    building.catch(() => {
      if (this.files === building) this.files = undefined;
    });
    return building;
  }

  private async build(origin: string): Promise<Map<string, Uint8Array>> {
    const started = Date.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const paths = await searchablePaths(this.contentRoot);
      for (const path of paths) {
        const response = await fetch(new URL(`${this.base.replace(/\/$/, '')}${path}`, origin));
        if (!response.ok) continue; // A page with an error shows it in the browser already.
        const added = await index.addHTMLFile({ url: path, content: await response.text() });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
      this.log(`Search index rebuilt from ${paths.length} page(s) in ${Date.now() - started} ms.`);
      return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    } finally {
      await index.deleteIndex();
    }
  }
}
