/**
 * Spelling suggestions from the site's own words. Pagefind has no list of
 * its words to offer, but it finds every word that starts a certain way, so
 * a word that finds nothing ("mentr") is tried shorter and shorter ("ment")
 * until pages turn up, and the words those pages hold that start that way
 * ("mentor", "mentoring") are the candidates. Pure, so it is unit-tested.
 */
import { isStopWord, normalizeWord } from './queryWords.ts';

/** Words shorter than this are not corrected: too many words are one letter away from "cv". */
const SHORTEST_CORRECTED = 4;
const SHORTEST_PREFIX = 3;
/** Nor are longer ones: no word on the site is, and each letter would cost a search. */
const LONGEST_CORRECTED = 20;

/**
 * Edits (a letter added, dropped, changed, or two swapped) between two
 * words: the optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

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
