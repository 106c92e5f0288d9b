/**
 * Reads content/search-synonyms.yaml: one group of words that mean the same
 * per line, such as `- CV, résumé, resume`. Every mistake is reported with
 * the file and line, in words an editor can act on, and stops the build.
 */
import { parse, YAMLParseError } from 'yaml';
import { isStopWord, normalizeWord, queryTokens, type SynonymGroups } from './queryWords.ts';

const MIN_TERMS = 2;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;
const MAX_TERM_WORDS = 4;
const EXAMPLE = 'for example:\n  - CV, résumé, resume';

/*
 * The file's budget. Every group is bundled into the search interface
 * (src/integrations/searchSynonyms.ts), so every visitor who searches
 * downloads all of them, and a file of thousands of groups made that code
 * five times larger without a warning. When the budget was set the file had
 * 9 groups, 342 bytes as bundled (38 a group), and the search bundle was
 * about 28 KB (10 KB compressed). 100 groups is eleven times today's, and at
 * 38 bytes a group comes to 3.8 KB, under a seventh of the bundle. The 6 KB
 * cap (a fifth of the bundle) leaves room for groups longer than today's,
 * and refuses a file within 100 groups that is made of long ones (100 groups
 * of 8 phrases of 40 characters would be some 34 KB).
 */
const MAX_GROUPS = 100;
const MAX_BYTES = 6_000;
const BUDGET_ADVICE =
  "every group is downloaded by every visitor who searches, so keep the groups for words visitors really type, and put words that fit one page in that page's searchTerms instead (see content/README.md)";

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
    data = parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return fail(error.linePos?.[0].line ?? 1, `${reason}: write one group per line, starting with "- ", ${EXAMPLE}`);
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
  // Counted before the groups are checked one by one, which a file of thousands would make slow.
  if (data.length > MAX_GROUPS) {
    fail(
      itemLines[MAX_GROUPS] ?? 1,
      `has ${data.length} groups, more than the ${MAX_GROUPS} allowed: ${BUDGET_ADVICE}`,
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
  // The size of the groups as bundled (JSON, UTF-8), found at the line where it first passes the budget.
  const encoder = new TextEncoder();
  let bytes = 2;
  groups.forEach((terms, index) => {
    bytes += encoder.encode(JSON.stringify(terms)).length + (index > 0 ? 1 : 0);
    if (bytes > MAX_BYTES) {
      const total = encoder.encode(JSON.stringify(groups)).length;
      fail(
        itemLines[index] ?? 1,
        `has groups that come to ${total.toLocaleString('en')} bytes in the search code, more than the ${MAX_BYTES.toLocaleString('en')} allowed (passed on this line): ${BUDGET_ADVICE}`,
      );
    }
  });
  return groups;
}
