import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { builtFiles, isEditorFile } from './builtPages.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Files a host sends as text. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.webmanifest', '.txt']);

/**
 * Pagefind's index, excerpt, filter and WebAssembly files: gzip inside, with
 * a signature Pagefind looks for first, so a browser may just as well
 * receive them unpacked by the HTTP layer. Their brotli copy is of what the
 * gzip holds, which is smaller than the file; a gzip copy would be the file
 * again, so there is none.
 */
const PAGEFIND_GZIP = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);

/**
 * Files compressed at once. zlib works on Node's thread pool (four threads),
 * and each file's brotli and gzip copies are made side by side, so four
 * files keep the pool, and so both cores, busy.
 */
const AT_ONCE = 4;

/** Brotli at its highest quality, told the size so it picks its window for the file; the same bytes on every run. */
function brotliBytes(content: Buffer): Promise<Buffer> {
  return brotli(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** Gzip at its highest level. Node writes no file name and no time into the header, so the bytes never change. */
function gzipBytes(content: Buffer): Promise<Buffer> {
  return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `file.br` and `file.gz` beside every text file of the built site
 * (Pagefind's scripts among them), and `file.br` beside Pagefind's own
 * files, so a host such as nginx (`brotli_static`, `gzip_static`) sends them
 * as they are instead of compressing each request, and at a level too slow
 * to use per request. A copy is kept only when it is smaller than the file:
 * a tiny file is sent as it is. Runs last, on the files as they will be served.
 *
 * With a `cacheDir`, the copies of the last build are kept there by the
 * hash of what they compress, so only files whose bytes changed are
 * compressed again: a rebuild after a one-page edit compresses a few files,
 * not every one. Copies no file of this build used are removed.
 */
export async function precompressFiles(
  siteDir: string,
  cacheDir?: string,
): Promise<{ files: number; written: number; reused: number }> {
  // Not the browser editor's 6.5 MB bundle (/admin/): brotli at its highest quality would add many
  // seconds to every build for a tool few people open; the host compresses it as it sends it.
  const files = (await builtFiles(siteDir)).filter(
    (file) => !isEditorFile(file) && (TEXT.has(extname(file)) || PAGEFIND_GZIP.has(extname(file))),
  );
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  let written = 0;
  let reused = 0;
  /** The compressed bytes of `content`, from the cache when an earlier build made them. */
  const compressed = async (content: Buffer, suffix: '.br' | '.gz'): Promise<Buffer> => {
    const make = () => (suffix === '.br' ? brotliBytes(content) : gzipBytes(content));
    if (!cacheDir) return make();
    const name = `${createHash('sha256').update(content).digest('hex')}${suffix}`;
    used.add(name);
    const cached = await readFile(join(cacheDir, name)).catch(() => undefined);
    if (cached) {
      reused += 1;
      return cached;
    }
    const bytes = await make();
    await writeFile(join(cacheDir, name), bytes);
    return bytes;
  };
  const compressOne = async (file: string) => {
    const path = join(siteDir, file);
    const content = await readFile(path);
    const pagefind = PAGEFIND_GZIP.has(extname(file));
    const source = pagefind ? await gunzipAsync(content) : content;
    const suffixes = pagefind ? (['.br'] as const) : (['.br', '.gz'] as const);
    await Promise.all(
      suffixes.map(async (suffix) => {
        const bytes = await compressed(source, suffix);
        if (bytes.length >= content.length) return;
        await writeFile(`${path}${suffix}`, bytes);
        written += 1;
      }),
    );
  };
  // Each of AT_ONCE runs takes the next file as soon as it is done with one, so no core waits for a slow file.
  let next = 0;
  const run = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) await compressOne(file);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, run));
  if (cacheDir) {
    const stale = (await readdir(cacheDir)).filter((name) => !used.has(name));
    await Promise.all(stale.map((name) => rm(join(cacheDir, name), { force: true })));
  }
  return { files: files.length, written, reused };
}
