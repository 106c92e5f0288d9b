/*
 * Runs a visitor's query on Pagefind: one search for each word that matters
 * and each of its synonyms (queryWords.ts), merged into one entry per page
 * (rankPages.ts); a word that finds nothing is corrected from the site's own
 * words when one is close (spelling.ts). This file only asks Pagefind.
 */
import synonyms from 'virtual:search-synonyms';
import { queryConcepts, queryTokens } from '../lib/search/queryWords.ts';
import { pagesToShow, rankPages, type AlternativeMatches, type RankedPage } from '../lib/search/rankPages.ts';
import { closestWord, isTruncatedMatch, prefixesToTry } from '../lib/search/spelling.ts';
import type { PagefindApi, PagefindResult } from './pagefindApi.ts';

/** Pages whose words are read for a spelling suggestion, at most, for each beginning tried. */
const PAGES_READ_FOR_SPELLING = 3;

export interface QueryOutcome {
  /** The pages found, before filters: those holding every word, or, when fewer than three do, those holding some after them. */
  pages: RankedPage[];
  /** Words that found nothing, each with the close word searched instead. */
  corrections: { typed: string; searched: string }[];
  /** How many topics the query asks for: a page holding all of them has all of the visitor's words. */
  topics: number;
  /** Each page's Pagefind result, to read its text from. */
  results: Map<string, PagefindResult>;
}

/**
 * The words at the matched locations of `result`. Text run together across
 * elements ("(CE)Learning") is one word of the page but several indexed
 * words: given `typed`, the one it begins with is the one that matched.
 */
async function matchedWords(result: PagefindResult, typed?: string): Promise<string[]> {
  const words = (await result.data()).content.split(/\s+/);
  return result.words.flatMap((location) => {
    const tokens = queryTokens(words[location] ?? '');
    if (typed === undefined) return tokens;
    return tokens.find((token) => typed.startsWith(token.toLowerCase())) ?? tokens[0] ?? '';
  });
}

/** Searches for one alternative; its pages, their results kept in `results` for reading. */
async function searchFor(pagefind: PagefindApi, alternative: string, results: Map<string, PagefindResult>) {
  const search = await pagefind.search(alternative);
  // Pagefind matches one indexed word for all pages, so the first page with a word in its text tells what
  // it settled for (a page can match on its search terms alone, with no word located in its text).
  const top = search.results.find((result) => result.words.length > 0);
  const [word, ...others] = queryTokens(alternative);
  if (top && word && others.length === 0 && isTruncatedMatch(word, await matchedWords(top, word.toLowerCase()))) {
    return { alternative, matches: [] };
  }
  for (const result of search.results) if (!results.has(result.id)) results.set(result.id, result);
  const matches = search.results.map(({ id, score, words }) => ({ id, score, locations: words }));
  return { alternative, matches } satisfies AlternativeMatches;
}

/** A close word from the site for a word that found nothing, from the words of pages that begin as it does. */
async function correction(pagefind: PagefindApi, word: string, wanted: () => boolean): Promise<string | undefined> {
  for (const prefix of prefixesToTry(word)) {
    if (!wanted()) return undefined;
    const { results } = await pagefind.search(prefix);
    const candidates = await Promise.all(
      results.slice(0, PAGES_READ_FOR_SPELLING).map((result) => matchedWords(result)),
    );
    const closest = closestWord(word, candidates.flat());
    if (closest) return closest;
  }
  return undefined;
}

/** Runs `query`; `wanted` turns false when a newer search makes this one moot. */
export async function runQuery(pagefind: PagefindApi, query: string, wanted: () => boolean): Promise<QueryOutcome> {
  const results = new Map<string, PagefindResult>();
  const concepts = queryConcepts(query, synonyms);
  const corrections: QueryOutcome['corrections'] = [];
  const topics: AlternativeMatches[][] = [];
  const searchAll = (terms: string[]) => Promise.all(terms.map((term) => searchFor(pagefind, term, results)));
  for (const { typed, alternatives } of concepts) {
    let searches = await searchAll(alternatives);
    if (searches.every((search) => search.matches.length === 0) && !/[ "]/.test(typed)) {
      const closest = await correction(pagefind, typed, wanted);
      if (closest) {
        corrections.push({ typed, searched: closest });
        searches = await searchAll(queryConcepts(closest, synonyms)[0]?.alternatives ?? [closest]);
      }
    }
    topics.push(searches);
  }
  return {
    pages: pagesToShow(rankPages(topics), concepts.length).pages,
    corrections,
    topics: concepts.length,
    results,
  };
}

/** Every page, in Pagefind's order, for a search by filters alone. */
export async function allPages(pagefind: PagefindApi): Promise<QueryOutcome> {
  const { results: found } = await pagefind.search(null);
  const pages = found.map(({ id, score }) => ({ id, held: 0, score, locations: [], found: [] }));
  return { pages, corrections: [], topics: 0, results: new Map(found.map((result) => [result.id, result])) };
}
