/**
 * One list of pages from the searches a query runs (one for each alternative
 * of each topic, see queryWords.ts). Pure, so it is unit-tested.
 */

/** One alternative of a topic (a word, or one of its synonyms) and the pages its search found. */
export interface AlternativeMatches {
  alternative: string;
  /** Pagefind's id and score; `locations` are word positions in the page's text, none when only metadata matched. */
  matches: readonly { id: string; score: number; locations: readonly number[] }[];
}

export interface RankedPage {
  id: string;
  /** How many of the query's topics the page holds. */
  held: number;
  /** Pagefind's score for each topic held (the best of its alternatives), summed. */
  score: number;
  /** Word positions of every match in the page's text, in order, for its excerpts. */
  locations: number[];
  /** The alternatives found in the page's text, which the page highlights when opened. */
  found: string[];
}

/**
 * One entry per page from the searches of each topic (`topics[i]`: the
 * i-th topic's alternatives): pages holding more topics first, then by score.
 */
export function rankPages(topics: readonly (readonly AlternativeMatches[])[]): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  for (const alternatives of topics) {
    const best = new Map<string, number>();
    for (const { alternative, matches } of alternatives) {
      for (const { id, score, locations } of matches) {
        const page = pages.get(id) ?? { id, held: 0, score: 0, locations: [], found: [] };
        pages.set(id, page);
        best.set(id, Math.max(best.get(id) ?? 0, score));
        page.locations.push(...locations);
        if (locations.length > 0 && !page.found.includes(alternative)) page.found.push(alternative);
      }
    }
    for (const [id, score] of best) {
      const page = pages.get(id) as RankedPage;
      page.held += 1;
      page.score += score;
    }
  }
  return [...pages.values()]
    .map((page) => ({ ...page, locations: [...new Set(page.locations)].sort((a, b) => a - b) }))
    .sort((a, b) => b.held - a.held || b.score - a.score || a.id.localeCompare(b.id));
}

/** At least this many pages holding every topic make an answer; with fewer, those holding some follow them. */
const ENOUGH_FULL_MATCHES = 3;

/** The pages to show for a query of `topicCount` topics, and how many of them hold all of them. */
export function pagesToShow(ranked: readonly RankedPage[], topicCount: number) {
  const withAll = ranked.filter((page) => page.held >= topicCount);
  const pages = withAll.length >= ENOUGH_FULL_MATCHES ? withAll : [...ranked];
  return { pages, withAll: withAll.length };
}
