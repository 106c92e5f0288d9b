/*
 * Takes away the rules that fetch the next page before the click
 * (src/lib/site/speculationRules.ts) when the visitor asks to save data or the
 * connection is slow: no rule can read the connection. The page is parsed,
 * and this runs, long before anyone can point at a link; a rule set removed
 * from the page is dropped by the browser.
 */
import { prefetchSuits, type ConnectionHints } from '../lib/site/speculationRules.ts';

const { connection } = navigator as Navigator & { connection?: ConnectionHints };
if (!prefetchSuits(connection)) document.querySelector('[type=speculationrules]')?.remove();
