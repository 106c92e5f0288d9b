import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** How soon to try again, at first, when pages were not ready; each further try waits twice as long. */
const [FIRST_RETRY_MS, LONGEST_RETRY_MS] = [250, 4000];

/** The content files search covers (benefit and general pages), each with its page's path. */
async function searchedFiles(contentRoot: string): Promise<{ file: string; path: string }[]> {
  const found = [];
  for (const [folder, prefix] of Object.entries({ benefits: '/benefits/', pages: '/' })) {
    const names = await readdir(join(contentRoot, folder)).catch(() => [] as string[]);
    for (const name of names.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_')).sort()) {
      found.push({ file: join(contentRoot, folder, name), path: `${prefix}${name.replace(/\.mdx?$/, '')}/` });
    }
  }
  return found;
}

/**
 * What the index depends on, cheaply: each searched content file's name,
 * size and time of change, and the same of Astro's content store, which
 * changes once the dev server has taken a saved file in. A file-watch event
 * can be missed; a changed fingerprint cannot.
 */
export async function contentFingerprint(contentRoot: string, dataStoreFile: string): Promise<string> {
  const files = [...(await searchedFiles(contentRoot)).map(({ file }) => file), dataStoreFile];
  const parts = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file).catch(() => undefined);
      return info ? `${file} ${info.size} ${info.mtimeMs}` : `${file} -`;
    }),
  );
  return parts.join('\n');
}

/**
 * A Pagefind index of the pages as the dev server renders them now, in
 * memory, so results in `npm run dev` match what visitors will get. A request
 * for the entry file rebuilds it first if the content's fingerprint changed.
 */
export class DevSearchIndex {
  private current: { fingerprint: string; files: Promise<Map<string, Uint8Array>> } | undefined;
  /** The last complete build's files: a page that loaded the previous entry file can still fetch its chunks. */
  private previous = new Map<string, Uint8Array>();
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly contentRoot: string,
    private readonly dataStoreFile: string,
    private readonly base: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Forget the index (after a template changes, which the fingerprint does not cover); the next search builds anew. */
  invalidate(): void {
    this.current = undefined;
  }

  /** One index file by its path inside `pagefind/`, from the index of the dev server at `origin`. */
  async file(origin: string, path: string): Promise<Uint8Array | undefined> {
    if (path === 'pagefind-entry.json' || !this.current) {
      const fingerprint = await contentFingerprint(this.contentRoot, this.dataStoreFile);
      if (fingerprint !== this.current?.fingerprint) {
        const build = { fingerprint, files: this.build(origin) };
        this.current = build;
        build.files.then(
          (files) => (this.previous = files),
          () => this.current === build && this.invalidate(),
        );
      }
    }
    const files = await this.current?.files;
    return files?.get(path) ?? this.previous.get(path);
  }

  private async build(origin: string): Promise<Map<string, Uint8Array>> {
    const started = Date.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const pages = await searchedFiles(this.contentRoot);
      let skipped = 0;
      for (const { path } of pages) {
        const response = await fetch(new URL(`${this.base.replace(/\/$/, '')}${path}`, origin));
        // A new file may not be routed yet, or the page has an error the browser already shows.
        if (!response.ok) {
          skipped++;
          continue;
        }
        const added = await index.addHTMLFile({ url: path, content: await response.text() });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
      this.log(`Search index rebuilt from ${pages.length - skipped} page(s) in ${Date.now() - started} ms.`);
      // Pages that were not ready are tried again soon, then less and less often, rather than left out.
      clearTimeout(this.retry);
      if (skipped > 0) {
        this.retry = setTimeout(() => this.invalidate(), this.retryMs).unref();
        this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
      } else this.retryMs = FIRST_RETRY_MS;
      return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    } finally {
      await index.deleteIndex();
    }
  }
}
