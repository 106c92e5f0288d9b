import { describeCharacter } from './findHiddenCharacters.ts';

/*
 * The file name is the page's address, so each content folder must hold one
 * flat list of files, one per page, each readable as text. Astro would
 * otherwise let training.md silently replace training.mdx, turn a file in a
 * subfolder into a page it cannot build ("Missing parameter: slug"), and
 * read a file saved in another encoding into garbled text or an obscure
 * error.
 */

/**
 * The largest content file: about 40 times the longest page today. A page
 * past it is too long to read, and its published HTML would break the page
 * budgets; it usually means text pasted with something else.
 */
export const MAX_CONTENT_FILE_BYTES = 200_000;

export interface ContentFile {
  /** Path inside the collection's folder, with `/` between folders: `training.mdx`, `guides/x.mdx`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * One message per problem among a collection's files, each naming the file
 * (as `folder/path`) and what to do.
 */
export function findFileProblems(
  files: readonly ContentFile[],
  folder: string,
  { namesArePages = true } = {},
): string[] {
  const problems: string[] = [];
  const byPage = new Map<string, string[]>();
  for (const file of files) {
    const name = `${folder}/${file.path}`;
    if (file.path.includes('/')) {
      const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
      problems.push(
        `${name} is in a subfolder: the file name is the page's address, so pages sit directly in ${folder}/. Move it to ${folder}/${fileName}, or start its name with _ to keep it as a note`,
      );
      continue;
    }
    const page = pageOf(file.path);
    byPage.set(page, [...(byPage.get(page) ?? []), name]);
    const badName = namesArePages ? pageNameProblem(file.path) : undefined;
    if (badName) problems.push(`${name}: ${badName}`);
    if (file.bytes.byteLength > MAX_CONTENT_FILE_BYTES) {
      problems.push(
        `${name} is ${kilobytes(file.bytes.byteLength)}, over the ${kilobytes(MAX_CONTENT_FILE_BYTES)} a page may be: split it into pages of its own, or move a long document to public/ and link to it`,
      );
      continue;
    }
    const bad = firstInvalidUtf8Byte(file.bytes);
    if (bad !== undefined) {
      const line = file.bytes.subarray(0, bad).filter((byte) => byte === 0x0a).length + 1;
      problems.push(
        `${name} is not saved as UTF-8 text: the first byte that is not UTF-8 is at byte offset ${bad} (line ${line}). Save the file again with the encoding UTF-8 (your editor's "Save with encoding" or "Reopen with encoding" menu)`,
      );
    }
  }
  for (const [page, names] of byPage) {
    if (names.length > 1) {
      problems.push(
        `${names.join(' and ')} would ${names.length === 2 ? 'both' : 'all'} make the page "${page}": a page has one file. Keep one and delete or rename the other`,
      );
    }
  }
  return problems;
}

/**
 * One rule for page names: lowercase ASCII letters, digits and single
 * hyphens. Astro's slug quietly drops or changes anything else (`~`, a
 * zero-width space, an accent), so two names that look different could
 * make one address, and a name could hide characters a reader never sees.
 */
function pageNameProblem(path: string): string | undefined {
  const stem = path.replace(/\.mdx?$/i, '');
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) return undefined;
  const odd = [...stem].find((character) => !/[a-z0-9-]/.test(character));
  const what = odd === undefined ? 'a hyphen at the start or end, or two in a row' : describeCharacter(odd);
  const suggestion = suggestedPageName(stem);
  return `the file name is the page's address, so it may hold only lowercase letters a to z, digits and single hyphens; it has ${what}. Rename the file${suggestion ? ` to ${suggestion}${path.slice(stem.length)}` : ''}`;
}

/** `Café Tips~2` → `cafe-tips-2`: invisible characters and accents dropped, anything else a hyphen. */
function suggestedPageName(stem: string): string {
  return stem
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}\p{Cc}]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1000).toLocaleString('en-US')} KB`;

/** The page a file name makes, as Astro's loader names it: no extension, lower case, spaces as hyphens. */
function pageOf(path: string): string {
  return path
    .replace(/\.mdx?$/i, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/**
 * The offset (counted from 0) of the first byte that does not start a
 * well-formed UTF-8 character, or undefined when the whole file is UTF-8.
 * The platform's decoder puts U+FFFD where such a sequence starts (the byte an
 * editor saving in Latin-1 or Windows-1252 wrote for an accented letter);
 * a U+FFFD the file itself holds is its own three bytes, and is passed over.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (let from = 0, at = text.indexOf('\uFFFD'); at !== -1; from = at, at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return undefined;
}
