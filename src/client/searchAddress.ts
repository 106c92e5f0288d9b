/*
 * The search on the /search/ page kept in its address (?q=mentor&audience=Managers),
 * so it can be shared, bookmarked and reloaded. The reading and writing of the
 * query string itself is in src/lib/search/searchText.ts, where it is unit-tested.
 */
import { searchFromUrl, searchToUrl, type FilterSelection } from '../lib/search/searchText.ts';
import { inPageAddress } from '../lib/site/pageAddress.ts';

export const searchAddress = {
  /** The query and the chosen values of the filters named, as the address gives them. */
  read(filterNames: readonly string[]): { query: string; filters: FilterSelection } {
    return searchFromUrl(location.search, filterNames);
  },

  /**
   * Puts the search in the address in place of the last one, so Back leaves the page rather than undo letters.
   * The path is the page's own (its og:url, as it has no canonical link), never a crafted one it was opened at.
   */
  write(query: string, filters: FilterSelection): void {
    const page = document.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content ?? location.href;
    history.replaceState(null, '', inPageAddress(page, searchToUrl(query, filters)));
  },
};
