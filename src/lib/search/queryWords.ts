/**
 * What a visitor's query asks for, before any search runs: the words that
 * carry its topic, each with the other words that mean the same (from
 * content/search-synonyms.yaml). Pure, so it is unit-tested and runs the
 * same in the browser.
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

/**
 * Whether a word (as normalizeWord gives it) says nothing of a topic: a stop
 * word, or a single letter or digit, which would match the start of countless words.
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || word.length < 2;
}

/** Groups of words that mean the same thing, as content/search-synonyms.yaml lists them. */
export type SynonymGroups = readonly (readonly string[])[];

/** One thing a query asks for: a word or phrase, and what counts as finding it. */
export interface Concept {
  /** The words as the visitor typed them. */
  typed: string;
  /** What to search for, each a query of its own: what was typed, then its synonyms. */
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

/** Whether a word, as normalised, matches a synonym's word, allowing a plural ("CVs" for "CV"). */
function sameWord(word: string, synonymWord: string): boolean {
  return word === synonymWord || word === `${synonymWord}s` || word === `${synonymWord}es`;
}

interface SynonymPhrase {
  words: string[];
  group: readonly string[];
}

function synonymPhrases(synonyms: SynonymGroups): SynonymPhrase[] {
  return synonyms
    .flatMap((group) => group.map((term) => ({ words: queryTokens(term).map(normalizeWord), group })))
    .filter((phrase) => phrase.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** The group's terms, the one the visitor typed first, without two that search alike ("résumé", "resume"). */
function alternativesFor(typed: string, group: readonly string[]): string[] {
  const seen = new Set<string>();
  return [typed, ...group].filter((term) => {
    const key = queryTokens(term).map(normalizeWord).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The topics a query asks for. Stop words are dropped unless the query has
 * nothing else ("who are you" is searched as typed); a word or phrase in a
 * synonym group brings the rest of its group; a query in double quotes is
 * Pagefind's exact search and is kept whole.
 */
export function queryConcepts(query: string, synonyms: SynonymGroups = []): Concept[] {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return [{ typed: trimmed, alternatives: [trimmed] }];
  const tokens = queryTokens(trimmed);
  const normal = tokens.map(normalizeWord);
  const onlyStopWords = normal.every(isStopWord);
  const phrases = synonymPhrases(synonyms);
  const concepts: Concept[] = [];
  for (let at = 0; at < tokens.length;) {
    const phrase = phrases.find(({ words }) =>
      words.every((word, offset) => sameWord(normal[at + offset] ?? '', word)),
    );
    if (phrase) {
      const typed = tokens.slice(at, at + phrase.words.length).join(' ');
      concepts.push({ typed, alternatives: alternativesFor(typed, phrase.group) });
      at += phrase.words.length;
      continue;
    }
    const token = tokens[at] ?? '';
    if (onlyStopWords || !isStopWord(normal[at] ?? '')) concepts.push({ typed: token, alternatives: [token] });
    at += 1;
  }
  const unique = concepts.filter(
    (concept, index) => concepts.findIndex((other) => sameConcept(other, concept)) === index,
  );
  return unique.slice(0, MAX_CONCEPTS);
}

function sameConcept(a: Concept, b: Concept): boolean {
  const key = (concept: Concept) =>
    concept.alternatives
      .map((term) => normalizeWord(term))
      .sort()
      .join('|');
  return key(a) === key(b);
}
