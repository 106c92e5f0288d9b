/**
 * What a visitor's query asks for, before any search runs: the words that
 * carry its topic, each with the words that mean the same (from
 * content/search-synonyms.yaml). Pure, and runs the same in the browser.
 */

/**
 * Words that say how a question is asked, not what it is about. Pagefind
 * finds a page only if it holds every word, and matches the start of words,
 * so "how do I get cheaper journals" would need "how", "do", "i" and "get"
 * too, and "i" would match "is", "in" and "it" on every page.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be been being but by can could did do does doing done ' +
    'for from get gets getting got had has have having he her here his how i if in into is it its just ' +
    'let me more most much my need needs of off on or our please she should so some than that the their ' +
    'them then there these they this those to us very want wants was way we were what when where which ' +
    'who whom whose why will with would you your'
  ).split(' '),
);

/** Whether a normalized word says nothing of a topic: a stop word, or one letter or digit, which starts countless words. */
export const isStopWord = (word: string) => STOP_WORDS.has(word) || word.length < 2;

/** Groups of words that mean the same thing, as content/search-synonyms.yaml lists them. */
export type SynonymGroups = readonly (readonly string[])[];

/** One thing a query asks for: the words as typed, and what to search for (each a search of its own). */
export interface Concept {
  typed: string;
  /** What was typed, then its synonyms. */
  alternatives: string[];
}

/** The most topics one query is searched for; a long paste is cut there rather than run as fifty searches. */
const MAX_CONCEPTS = 8;

/** A word for comparing: lower case, without accents or punctuation ("Résumé." → "resume"). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, as typed, without the punctuation around them ("C.V.," → "C.V"). */
export function queryTokens(query: string): string[] {
  return query.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}])?/gu) ?? [];
}

/** A term as it searches: "Résumé" and "resume" have the same key. */
export const termKey = (term: string) => queryTokens(term).map(normalizeWord).join(' ');

/**
 * The topics a query asks for. Stop words are dropped unless the query has
 * nothing else ("who are you" is searched as typed); a word or phrase in a
 * synonym group brings the rest of its group, without two terms that search
 * alike; a query in double quotes is Pagefind's exact search, kept whole.
 */
export function queryConcepts(query: string, synonyms: SynonymGroups = []): Concept[] {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return [{ typed: trimmed, alternatives: [trimmed] }];
  const tokens = queryTokens(trimmed);
  const normal = tokens.map(normalizeWord);
  const onlyStopWords = normal.every(isStopWord);
  const phrases = synonyms
    .flatMap((group) => group.map((term) => ({ words: queryTokens(term).map(normalizeWord), group })))
    .filter(({ words }) => words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  // A plural matches too: "CVs" for "CV".
  const sameWord = (word = '', synonym: string) => [synonym, `${synonym}s`, `${synonym}es`].includes(word);
  const concepts: Concept[] = [];
  const keys = new Set<string>();
  for (let at = 0; at < tokens.length && concepts.length < MAX_CONCEPTS;) {
    const phrase = phrases.find(({ words }) => words.every((word, offset) => sameWord(normal[at + offset], word)));
    const length = phrase?.words.length ?? 1;
    const typed = tokens.slice(at, at + length).join(' ');
    at += length;
    if (!phrase && !onlyStopWords && isStopWord(normal[at - 1] ?? '')) continue;
    const seen = new Set<string>();
    const alternatives = [typed, ...(phrase?.group ?? [])].filter(
      (term) => !seen.has(termKey(term)) && seen.add(termKey(term)),
    );
    const key = alternatives.map(termKey).sort().join('|');
    if (keys.has(key)) continue;
    keys.add(key);
    concepts.push({ typed, alternatives });
  }
  return concepts;
}
