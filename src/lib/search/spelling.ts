/**
 * Spelling suggestions from the site's own words. Pagefind has no list of
 * its words to offer, but it finds every word that starts a certain way, so
 * a word that finds nothing ("mentr") is tried shorter and shorter ("ment")
 * until pages turn up, and the words those pages hold that start that way
 * ("mentor", "mentoring") are the candidates. Pure, so it is unit-tested.
 */
import { editDistance } from '../contentChecks/closestMatch.ts';
import { isStopWord, normalizeWord } from './queryWords.ts';

/** Words shorter than this are not corrected: too many words are one letter away from "cv". */
const SHORTEST_CORRECTED = 4;
const SHORTEST_PREFIX = 3;
/** Nor are longer ones: no word on the site is, and each letter would cost a search. */
const LONGEST_CORRECTED = 20;

/** How many edits a word of this length may be from its correction. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** The beginnings of `word` to search for, longest first, down to three letters, when the word itself finds nothing. */
export function prefixesToTry(word: string): string[] {
  const normal = normalizeWord(word);
  if (normal.length < SHORTEST_CORRECTED || normal.length > LONGEST_CORRECTED) return [];
  const prefixes: string[] = [];
  for (let length = normal.length - 1; length >= SHORTEST_PREFIX; length--) prefixes.push(normal.slice(0, length));
  return prefixes;
}

/** A word a query word only starts with counts as found if it has at least this many letters. */
const SHORTEST_TRUNCATED_MATCH = 5;

/**
 * Whether Pagefind found `word` only as a short word it starts with: when no
 * indexed word starts with a query word, Pagefind settles for the longest
 * indexed word the query word starts with. That finds "mentor" for
 * "mentorship", but also "pass" for "password", which answers nothing. Such a
 * match (every word matched, `matched`, is a shorter start of `word`) counts
 * only when the shorter word has at least five letters.
 */
export function isTruncatedMatch(word: string, matched: readonly string[]): boolean {
  const normal = normalizeWord(word);
  const words = matched.map(normalizeWord).filter((other) => other !== '');
  return (
    words.length > 0 &&
    words.every(
      (other) => other.length < normal.length && normal.startsWith(other) && other.length < SHORTEST_TRUNCATED_MATCH,
    )
  );
}

/**
 * The candidate closest to `word`, if it is close enough to be what the
 * visitor meant: one edit for a word of up to 7 letters, two for longer
 * ones. Candidates come in the order the pages holding them ranked, which
 * settles a tie.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const normal = normalizeWord(word);
  if (normal.length < SHORTEST_CORRECTED) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const other = normalizeWord(candidate);
    if (other === normal || isStopWord(other)) continue;
    const edits = editDistance(normal, other);
    if (edits <= allowedEdits(normal.length) && (!best || edits < best.edits)) best = { word: other, edits };
  }
  return best?.word;
}
