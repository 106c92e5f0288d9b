/**
 * Reads content/search-synonyms.yaml: one group of words that mean the same
 * per line, such as `- CV, résumé, resume`. Every mistake stops the build,
 * named by file and line in words an editor can act on.
 */
import { parse, YAMLParseError } from 'yaml';
import { isStopWord, normalizeWord, queryTokens, termKey, type SynonymGroups } from './queryWords.ts';

const [MIN_TERMS, MAX_TERMS, MAX_TERM_LENGTH, MAX_TERM_WORDS] = [2, 8, 40, 4];
const EXAMPLE = 'for example:\n  - CV, résumé, resume';

/*
 * Every group is bundled into the search interface (src/integrations/searchSynonyms.ts), which every
 * visitor who searches downloads. 100 groups of today's length (38 bytes) come to 3.8 KB, under a
 * seventh of that bundle; 6,000 bytes refuses a file within 100 groups made of long phrases.
 */
const MAX_GROUPS = 100;
const MAX_BYTES = 6_000;
const BUDGET_ADVICE =
  "every group is downloaded by every visitor who searches, so keep the groups for words visitors really type, and put words that fit one page in that page's searchTerms instead (see content/README.md)";

/** A mistake in the synonyms file, with its line; the message already names the file and line. */
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
  if (!Array.isArray(data)) fail(1, `must be a list of groups, each on its own line starting with "- ", ${EXAMPLE}`);
  const items = data as unknown[];
  // One group per line starting with "-", so each has a line; a line that continues another would join two groups.
  const lines = text.split(/\r?\n/);
  const itemLines = lines.flatMap((line, index) => (/^-(\s|$)/.test(line) ? [index + 1] : []));
  const continued = lines.findIndex((line) => /^\s+[^\s#]/.test(line));
  if (continued >= 0 || itemLines.length !== items.length) {
    fail(continued + 1 || 1, `write each group on one line, starting with "- " at the start of the line, ${EXAMPLE}`);
  }
  // Counted before the groups are checked one by one, which a file of thousands would make slow.
  if (items.length > MAX_GROUPS) {
    fail(
      itemLines[MAX_GROUPS] ?? 1,
      `has ${items.length} groups, more than the ${MAX_GROUPS} allowed: ${BUDGET_ADVICE}`,
    );
  }
  const seenOn = new Map<string, number>();
  const groups = items.map((item, index) => {
    const line = itemLines[index] ?? 1;
    if (Array.isArray(item)) fail(line, `write each group on one line, words separated by commas, ${EXAMPLE}`);
    if (typeof item !== 'string') return fail(line, `must be words separated by commas, ${EXAMPLE}`);
    const terms = item
      .split(',')
      .map((term) => term.trim())
      .filter((term) => term !== '');
    if (terms.length < MIN_TERMS) {
      fail(line, `needs at least ${MIN_TERMS} words that mean the same, separated by commas, ${EXAMPLE}`);
    }
    if (terms.length > MAX_TERMS) {
      fail(
        line,
        `has ${terms.length} words: a group may have at most ${MAX_TERMS}; split it, or keep the ones visitors use`,
      );
    }
    for (const term of terms) {
      const words = queryTokens(term);
      const key = termKey(term);
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
    return terms;
  });
  // The groups as bundled (JSON, UTF-8), failing at the line where they first pass the budget.
  const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
  let bytes = 1;
  groups.forEach((terms, index) => {
    bytes += size(terms) + 1;
    if (bytes > MAX_BYTES) {
      fail(
        itemLines[index] ?? 1,
        `has groups that come to ${size(groups).toLocaleString('en')} bytes in the search code, more than the ${MAX_BYTES.toLocaleString('en')} allowed (passed on this line): ${BUDGET_ADVICE}`,
      );
    }
  });
  return groups;
}
