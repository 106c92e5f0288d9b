/*
 * Runs a visitor's query on Pagefind: one search for each word that matters
 * and for each of its synonyms (queryWords.ts), merged into one entry per
 * page (rankPages.ts). A word that finds nothing is corrected from the
 * site's own words when one is close (spelling.ts). The decisions are in
 * those pure modules; this file only asks Pagefind.
 */
import synonyms from 'virtual:search-synonyms';
import { queryConcepts, queryTokens, type Concept } from '../lib/search/queryWords.ts';
import { pagesToShow, rankPages, type AlternativeMatches, type RankedPage } from '../lib/search/rankPages.ts';
import { closestWord, isTruncatedMatch, prefixesToTry } from '../lib/search/spelling.ts';
import type { PagefindApi, PagefindResult } from './pagefindApi.ts';

/** Pages whose words are read for a spelling suggestion, at most, for each beginning tried. */
const PAGES_READ_FOR_SPELLING = 3;

export interface QueryOutcome {
  /**
   * The pages the query finds, before filters: those holding every word,
   * or, when fewer than three do, those holding some, after them.
   */
  pages: RankedPage[];
  /** Words that found nothing, each with the close word searched instead. */
  corrections: { typed: string; searched: string }[];
  /** How many topics the query asks for (a page holding all of them has all of the visitor's words). */
  topics: number;
  /** Each page's Pagefind result, to read its text from. */
  results: Map<string, PagefindResult>;
}

/** The words of a page's text at these positions. */
async function wordsAt(result: PagefindResult, locations: readonly number[]): Promise<string[]> {
  const words = (await result.data()).content.split(/\s+/);
  return locations.flatMap((location) => queryTokens(words[location] ?? ''));
}

/**
 * The word Pagefind matched at each location of `result`. Text run together
 * across elements ("(CE)Learning") is one word of the page but several
 * indexed words; the one that begins `query` is the one that matched.
 */
async function matchedWordsAt(result: PagefindResult, query: string): Promise<string[]> {
  const words = (await result.data()).content.split(/\s+/);
  const typed = (queryTokens(query)[0] ?? '').toLowerCase();
  return result.words.map((location) => {
    const tokens = queryTokens(words[location] ?? '');
    return tokens.find((token) => typed.startsWith(token.toLowerCase())) ?? tokens[0] ?? '';
  });
}

/** Searches for one alternative; its pages, and their results kept for reading. */
async function searchFor(
  pagefind: PagefindApi,
  alternative: string,
  results: Map<string, PagefindResult>,
): Promise<AlternativeMatches> {
  const search = await pagefind.search(alternative);
  // Pagefind matches one indexed word for all pages, so the first page with a word in its text tells what
  // it settled for (a page can match on its search terms alone, with no word located in its text).
  const top = search.results.find((result) => result.words.length > 0);
  if (top && queryTokens(alternative).length === 1) {
    if (isTruncatedMatch(alternative, await matchedWordsAt(top, alternative))) return { alternative, matches: [] };
  }
  for (const result of search.results) if (!results.has(result.id)) results.set(result.id, result);
  return {
    alternative,
    matches: search.results.map((result) => ({ id: result.id, score: result.score, locations: result.words })),
  };
}

/**
 * A close word from the site for a word that found nothing: the words that
 * begin as it does, on the pages that hold them, the closest one if it is
 * close enough. `wanted` turns false when a newer search makes this one moot.
 */
async function correction(pagefind: PagefindApi, word: string, wanted: () => boolean): Promise<string | undefined> {
  for (const prefix of prefixesToTry(word)) {
    if (!wanted()) return undefined;
    const { results } = await pagefind.search(prefix);
    if (results.length === 0) continue;
    const candidates: string[] = [];
    for (const result of results.slice(0, PAGES_READ_FOR_SPELLING))
      candidates.push(...(await wordsAt(result, result.words)));
    const closest = closestWord(word, candidates);
    if (closest) return closest;
  }
  return undefined;
}

/** Runs `query`; `wanted` turns false when a newer search makes this one moot. */
export async function runQuery(pagefind: PagefindApi, query: string, wanted: () => boolean): Promise<QueryOutcome> {
  const results = new Map<string, PagefindResult>();
  const concepts: Concept[] = queryConcepts(query, synonyms);
  const corrections: QueryOutcome['corrections'] = [];
  const topics: AlternativeMatches[][] = [];
  for (const concept of concepts) {
    let searches = await Promise.all(concept.alternatives.map((term) => searchFor(pagefind, term, results)));
    const foundNothing = searches.every((search) => search.matches.length === 0);
    if (foundNothing && !concept.typed.includes(' ') && !concept.typed.startsWith('"')) {
      const closest = await correction(pagefind, concept.typed, wanted);
      if (closest) {
        corrections.push({ typed: concept.typed, searched: closest });
        const corrected = queryConcepts(closest, synonyms)[0]?.alternatives ?? [closest];
        searches = await Promise.all(corrected.map((term) => searchFor(pagefind, term, results)));
      }
    }
    topics.push(searches);
  }
  const { pages } = pagesToShow(rankPages(topics), concepts.length);
  return { pages, corrections, topics: concepts.length, results };
}

/** Every page, in Pagefind's order, for a search by filters alone. */
export async function allPages(pagefind: PagefindApi): Promise<QueryOutcome> {
  const results = new Map<string, PagefindResult>();
  const { results: found } = await pagefind.search(null);
  for (const result of found) results.set(result.id, result);
  const pages = found.map((result) => ({ id: result.id, held: 0, score: result.score, locations: [], found: [] }));
  return { pages, corrections: [], topics: 0, results };
}
