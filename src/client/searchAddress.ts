/*
 * The search on the /search/ page kept in its address (?q=mentor&audience=Managers),
 * so it can be shared, bookmarked and reloaded. The reading and writing of the
 * query string itself is in src/lib/search/cleanQuery.ts, where it is unit-tested.
 */
import { searchFromUrl, searchToUrl, type FilterSelection } from '../lib/search/cleanQuery.ts';
import { inPageAddress } from '../lib/site/pageAddress.ts';
import { canonicalAddress } from './toolActions.ts';

export const searchAddress = {
  /** The query and the chosen values of the filters named, as the address gives them. */
  read(filterNames: readonly string[]): { query: string; filters: FilterSelection } {
    return searchFromUrl(location.search, filterNames);
  },

  /**
   * Puts the search in the address in place of the last one, so Back leaves the page rather than undo letters.
   * The path is the page's own (canonicalAddress), never a crafted one it was opened at.
   */
  write(query: string, filters: FilterSelection): void {
    history.replaceState(null, '', inPageAddress(canonicalAddress(), searchToUrl(query, filters)));
  },
};
