import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** How soon to try again, at first, when pages were not ready; each further try waits twice as long. */
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 4000;

/** The content files search covers, by folder: benefit pages and general pages. */
const SEARCHED_FOLDERS = ['benefits', 'pages'] as const;

async function contentFiles(contentRoot: string, folder: string): Promise<string[]> {
  return (await readdir(join(contentRoot, folder)).catch(() => [] as string[]))
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort();
}

/** The pages search covers, as site paths, read from the content folders. */
async function searchablePaths(contentRoot: string): Promise<string[]> {
  const paths: string[] = [];
  for (const folder of SEARCHED_FOLDERS) {
    const prefix = folder === 'benefits' ? '/benefits/' : '/';
    for (const name of await contentFiles(contentRoot, folder)) paths.push(`${prefix}${name.replace(/\.mdx?$/, '')}/`);
  }
  return paths;
}

/**
 * What the index depends on, cheaply: every searched content file's name,
 * size and time of change, and the same of Astro's content store, which
 * changes once the dev server has taken a saved file in. A file-watch event
 * can be missed; a changed fingerprint cannot.
 */
export async function contentFingerprint(contentRoot: string, dataStoreFile: string): Promise<string> {
  const parts: string[] = [];
  const describe = async (file: string) => {
    const info = await stat(file).catch(() => undefined);
    parts.push(info ? `${file} ${info.size} ${info.mtimeMs}` : `${file} -`);
  };
  for (const folder of SEARCHED_FOLDERS) {
    for (const name of await contentFiles(contentRoot, folder)) await describe(join(contentRoot, folder, name));
  }
  await describe(dataStoreFile);
  return parts.join('\n');
}

interface Build {
  fingerprint: string;
  files: Promise<Map<string, Uint8Array>>;
}

/**
 * A Pagefind index of the pages as the dev server renders them right now,
 * kept in memory. Each search starts by asking for the entry file; if the
 * content's fingerprint has changed since the index was built, a new one is
 * built first. It indexes the same HTML the production build would, so
 * results in `npm run dev` match what visitors will get.
 */
export class DevSearchIndex {
  private current: Build | undefined;
  /**
   * The last complete build's files. Index file names carry a hash, so a page
   * that loaded the previous entry file can still fetch its chunks while a
   * new build takes over.
   */
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
      if (fingerprint !== this.current?.fingerprint) this.current = this.startBuild(origin, fingerprint);
    }
    const build = this.current;
    if (!build) return undefined;
    const files = await build.files;
    return files.get(path) ?? this.previous.get(path);
  }

  private startBuild(origin: string, fingerprint: string): Build {
    const build: Build = { fingerprint, files: this.build(origin) };
    build.files.then(
      (files) => (this.previous = files),
      () => {
        if (this.current === build) this.current = undefined;
      },
    );
    return build;
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
      this.log(`Search index rebuilt from ${paths.length - skipped} page(s) in ${Date.now() - started} ms.`);
      this.retryLaterIf(skipped > 0);
      return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    } finally {
      await index.deleteIndex();
    }
  }

  /** Pages that were not ready are tried again soon, then less and less often, rather than kept out of the index. */
  private retryLaterIf(pagesMissing: boolean): void {
    clearTimeout(this.retry);
    if (!pagesMissing) {
      this.retryMs = FIRST_RETRY_MS;
      return;
    }
    this.retry = setTimeout(() => this.invalidate(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
  }
}
