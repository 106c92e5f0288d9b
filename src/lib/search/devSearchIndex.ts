import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** How soon to rebuild an index that had to leave out pages which were not ready. */
const RETRY_MISSING_PAGES_MS = 1000;

/** The pages search covers, as site paths, read from the content folders. */
async function searchablePaths(contentRoot: string): Promise<string[]> {
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
  /**
   * The last complete build's files. Index file names carry a hash, so a page
   * that loaded the previous entry file can still fetch its chunks while a
   * new build takes over.
   */
  private previous = new Map<string, Uint8Array>();

  constructor(
    private readonly contentRoot: string,
    private readonly base: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Forget the index; the next request builds a fresh one. */
  invalidate(): void {
    this.files = undefined;
  }

  /** One index file by its path inside `pagefind/`, from the index of the dev server at `origin`. */
  async file(origin: string, path: string): Promise<Uint8Array | undefined> {
    const building = (this.files ??= this.build(origin));
    building.then(
      (files) => (this.previous = files),
      () => {
        if (this.files === building) this.files = undefined;
      },
    );
    const files = await building;
    return files.get(path) ?? this.previous.get(path);
  }

  private async build(origin: string): Promise<Map<string, Uint8Array>> {
    const started = Date.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const paths = await searchablePaths(this.contentRoot);
      let skipped = 0;
      for (const path of paths) {
        const response = await fetch(new URL(`${this.base.replace(/\/$/, '')}${path}`, origin));
        if (!response.ok) {
          // A new file may not be routed yet, or the page has an error the browser already shows.
          skipped++;
          continue;
        }
        const added = await index.addHTMLFile({ url: path, content: await response.text() });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
      const indexed = paths.length - skipped;
      this.log(`Search index rebuilt from ${indexed} page(s) in ${Date.now() - started} ms.`);
      // Try the missing pages again shortly, rather than keeping an index without them.
      if (skipped > 0) setTimeout(() => this.invalidate(), RETRY_MISSING_PAGES_MS);
      return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    } finally {
      await index.deleteIndex();
    }
  }
}
