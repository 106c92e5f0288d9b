/**
 * Spelling help from the site's own words. Pagefind has no word list to
 * offer, but finds every word that starts a certain way, so a word that
 * finds nothing ("mentr") is tried shorter and shorter ("ment") until pages
 * turn up, and their words that start that way ("mentor") are the candidates.
 */
import { editDistance } from '../contentChecks/closestMatch.ts';
import { isStopWord, normalizeWord } from './queryWords.ts';

/** Shorter words are not corrected (too many are one letter from "cv"), nor longer ones (each letter costs a search). */
const [SHORTEST_CORRECTED, LONGEST_CORRECTED] = [4, 20];

/** The beginnings of `word` to search for, longest first, down to three letters. */
export function prefixesToTry(word: string): string[] {
  const normal = normalizeWord(word);
  if (normal.length < SHORTEST_CORRECTED || normal.length > LONGEST_CORRECTED) return [];
  return Array.from({ length: normal.length - 3 }, (_, index) => normal.slice(0, normal.length - 1 - index));
}

/**
 * Whether Pagefind found `word` only as a short word it starts with. When no
 * indexed word starts with a query word, Pagefind settles for the longest
 * indexed word the query word starts with: "mentor" for "mentorship", but
 * also "pass" for "password", which answers nothing. Such a match (every word
 * `matched` a shorter start of `word`) counts only from five letters.
 */
export function isTruncatedMatch(word: string, matched: readonly string[]): boolean {
  const normal = normalizeWord(word);
  const words = matched.map(normalizeWord).filter((other) => other !== '');
  return words.length > 0 && words.every((other) => other.length < 5 && normal.startsWith(other) && other !== normal);
}

/**
 * The candidate closest to `word`, if close enough to be what the visitor
 * meant: one edit up to 7 letters, two beyond. Candidates come in the order
 * their pages ranked, which settles a tie.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const normal = normalizeWord(word);
  if (normal.length < SHORTEST_CORRECTED) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const other of candidates.map(normalizeWord)) {
    if (other === normal || isStopWord(other)) continue;
    const edits = editDistance(normal, other);
    if (edits <= (normal.length >= 8 ? 2 : 1) && (!best || edits < best.edits)) best = { word: other, edits };
  }
  return best?.word;
}
