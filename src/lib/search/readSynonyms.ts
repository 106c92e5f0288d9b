/**
 * Reads content/search-synonyms.yaml: one group of words that mean the same
 * per line, such as `- CV, résumé, resume`. Every mistake is reported with
 * the file and line, in words an editor can act on, and stops the build.
 */
import yaml from 'js-yaml';
import { isStopWord, normalizeWord, queryTokens, type SynonymGroups } from './queryWords.ts';

const MIN_TERMS = 2;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;
const MAX_TERM_WORDS = 4;
const EXAMPLE = 'for example:\n  - CV, résumé, resume';

/** A mistake in the synonyms file, with where it is; the message already names the file and line. */
export class SynonymsError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'SynonymsError';
  }
}

/** The groups in the file's text; throws a SynonymsError naming `fileName` and the line of the first mistake. */
export function readSynonyms(text: string, fileName: string): SynonymGroups {
  const fail = (line: number, message: string): never => {
    throw new SynonymsError(`${fileName}:${line}: ${message}`, line);
  };
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? 'is not valid YAML';
    return fail((mark?.line ?? 0) + 1, `${reason}: write one group per line, starting with "- ", ${EXAMPLE}`);
  }
  if (data === undefined || data === null) return [];
  // Each group is one line starting with "-", so line numbers can be given for each.
  const lines = text.split(/\r?\n/);
  const itemLines = lines.flatMap((line, index) => (/^-(\s|$)/.test(line) ? [index + 1] : []));
  if (!Array.isArray(data)) {
    return fail(1, `must be a list of groups, each on its own line starting with "- ", ${EXAMPLE}`);
  }
  // A line that continues the one above would silently join two groups into one.
  const continued = lines.findIndex((line) => /^\s+[^\s#]/.test(line));
  if (continued >= 0 || itemLines.length !== data.length) {
    return fail(
      continued >= 0 ? continued + 1 : 1,
      `write each group on one line, starting with "- " at the start of the line, ${EXAMPLE}`,
    );
  }
  const groups: string[][] = [];
  const seenOn = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const line = itemLines[index] ?? 1;
    if (Array.isArray(item)) return fail(line, `write each group on one line, words separated by commas, ${EXAMPLE}`);
    if (typeof item !== 'string') return fail(line, `must be words separated by commas, ${EXAMPLE}`);
    const terms = item
      .split(',')
      .map((term) => term.trim())
      .filter((term) => term !== '');
    if (terms.length < MIN_TERMS)
      fail(line, `needs at least ${MIN_TERMS} words that mean the same, separated by commas, ${EXAMPLE}`);
    if (terms.length > MAX_TERMS)
      fail(
        line,
        `has ${terms.length} words: a group may have at most ${MAX_TERMS}; split it, or keep the ones visitors use`,
      );
    for (const term of terms) {
      const words = queryTokens(term);
      const key = words.map(normalizeWord).join(' ');
      if (term.length > MAX_TERM_LENGTH || words.length > MAX_TERM_WORDS) {
        fail(
          line,
          `"${term}" is too long: use words or short phrases of at most ${MAX_TERM_WORDS} words and ${MAX_TERM_LENGTH} characters`,
        );
      }
      if (key === '') fail(line, `"${term}" has no letters or digits to search for`);
      if (words.every((word) => isStopWord(normalizeWord(word)))) {
        fail(
          line,
          `"${term}" is a word search leaves out (such as "how" or "the"), so it can never be searched for: remove it`,
        );
      }
      // The same word twice in one group is harmless ("résumé, resume" search alike); in two groups it is ambiguous.
      const earlier = seenOn.get(key);
      if (earlier !== undefined && earlier !== line) {
        fail(
          line,
          `"${term}" is already in the group on line ${earlier}: a word may be in one group only, so merge the two groups`,
        );
      }
      seenOn.set(key, line);
    }
    groups.push(terms);
  });
  return groups;
}
