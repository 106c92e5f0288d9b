/**
 * Which words to mark on a page opened from a search result: whole words
 * only, in the forms a word takes ("mentor", "mentors", "mentoring"), never
 * a stop word, never part of a longer word (src/client/pageHighlight.ts marks them).
 */
import { isStopWord, normalizeWord, queryTokens } from './queryWords.ts';

/** The most terms an address may ask to highlight; the rest are ignored. */
const MAX_TERMS = 12;

/**
 * A light stem, enough to tell forms of one word from other words:
 * "courses" and "course" give "cours", "planning" and "plan" give "plan",
 * "libraries" and "library" give "library". Short words are left whole.
 */
export function wordStem(word: string): string {
  let stem = normalizeWord(word);
  if (stem.length <= 3) return stem;
  const suffix = ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 's'].find(
    (ending) => stem.endsWith(ending) && stem.length - ending.length >= 3 && !(ending === 's' && stem.endsWith('ss')),
  );
  if (suffix) {
    stem = stem.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
    // "planning" → "plann" → "plan", as "plan" itself.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
  }
  return stem.length > 3 ? stem.replace(/e$/, '') : stem;
}

/** The terms an address asks to highlight (`?highlight=mentor&highlight=continuing+education`), as stems, without stop words or repeats. */
export function highlightTerms(values: readonly string[]): string[][] {
  const terms = new Map<string, string[]>();
  for (const value of values.slice(0, MAX_TERMS)) {
    const stems = queryTokens(value)
      .filter((word) => !isStopWord(normalizeWord(word)))
      .map(wordStem)
      .filter((stem) => stem !== '');
    if (stems.length > 0 && !terms.has(stems.join(' '))) terms.set(stems.join(' '), stems);
  }
  return [...terms.values()];
}

/** The stretches of `text` to mark: each whole word, or run of words, that is one of the terms. */
export function highlightRanges(text: string, terms: readonly (readonly string[])[]): [number, number][] {
  const words = [...text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]*[\p{L}\p{N}\p{M}])?/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    stem: wordStem(match[0]),
  }));
  const ranges: [number, number][] = [];
  for (let at = 0; at < words.length; at++) {
    const term = terms.find((stems) => stems.every((stem, offset) => words[at + offset]?.stem === stem));
    if (!term) continue;
    ranges.push([words[at]?.start ?? 0, words[at + term.length - 1]?.end ?? 0]);
    at += term.length - 1;
  }
  return ranges;
}
