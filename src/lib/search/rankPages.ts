/**
 * One list of pages from the searches a query runs: one search for each
 * alternative of each topic (see queryWords.ts), whose results are merged
 * here. Pure, so it is unit-tested.
 */

/** A page one search found: Pagefind's id and score, and where the word is in its text. */
interface Match {
  id: string;
  score: number;
  /** Word positions in the page's text; empty when only its title or search terms matched. */
  locations: readonly number[];
}

/** One alternative of a topic (a word, or one of its synonyms) and the pages its search found. */
export interface AlternativeMatches {
  alternative: string;
  matches: readonly Match[];
}

/** A page in the merged list. */
export interface RankedPage {
  id: string;
  /** How many of the query's topics the page holds. */
  held: number;
  /** Pagefind's score for each topic the page holds (the best of its alternatives), summed. */
  score: number;
  /** Word positions of every match in the page's text, in order, for its excerpts. */
  locations: number[];
  /** The alternatives found in the page's text, which the page highlights when opened. */
  found: string[];
}

/**
 * Merges the searches of each topic (`topics[i]` holds the searches of the
 * i-th topic's alternatives) into one entry per page: pages that hold more of
 * the topics first, then by Pagefind's score. A page holds a topic when any
 * of its alternatives found it.
 */
export function rankPages(topics: readonly (readonly AlternativeMatches[])[]): RankedPage[] {
  const pages = new Map<string, RankedPage & { locationSet: Set<number> }>();
  for (const alternatives of topics) {
    const best = new Map<string, number>();
    for (const { alternative, matches } of alternatives) {
      for (const match of matches) {
        let page = pages.get(match.id);
        if (!page) {
          page = { id: match.id, held: 0, score: 0, locations: [], found: [], locationSet: new Set() };
          pages.set(match.id, page);
        }
        best.set(match.id, Math.max(best.get(match.id) ?? 0, match.score));
        for (const location of match.locations) page.locationSet.add(location);
        if (match.locations.length > 0 && !page.found.includes(alternative)) page.found.push(alternative);
      }
    }
    for (const [id, score] of best) {
      const page = pages.get(id);
      if (!page) continue;
      page.held += 1;
      page.score += score;
    }
  }
  return [...pages.values()]
    .map(({ locationSet, ...page }) => ({ ...page, locations: [...locationSet].sort((a, b) => a - b) }))
    .sort((a, b) => b.held - a.held || b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * At least this many pages holding every topic make an answer; with fewer,
 * the pages holding some of them are shown too, after those.
 */
const ENOUGH_FULL_MATCHES = 3;

/** The pages to show for a query of `topicCount` topics, and how many of them hold all of them. */
export function pagesToShow(
  ranked: readonly RankedPage[],
  topicCount: number,
): { pages: RankedPage[]; withAll: number } {
  const withAll = ranked.filter((page) => page.held >= topicCount);
  if (withAll.length >= ENOUGH_FULL_MATCHES || withAll.length === ranked.length) {
    return { pages: withAll, withAll: withAll.length };
  }
  return { pages: [...ranked], withAll: withAll.length };
}
