/*
 * Marks the searched words on a page opened from a search result (`?highlight=mentor`) and brings the
 * first into view; loaded by the inline launcher only when the address asks. Unlike Pagefind's
 * highlighter, which marked stop words and parts of words ("i" in "library"), it marks whole words in
 * their usual forms (highlightWords.ts), in the page's indexed text only, and a few per section, so the
 * marks point the way rather than cover the page.
 */
import { highlightRanges, highlightTerms } from '../lib/search/highlightWords.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/resultView.ts';
import { fragmentId } from '../lib/site/pageAddress.ts';

/** Marks per section of the page (the text under one heading). */
const MARKS_PER_SECTION = 3;
/** Text that is not reading matter: nothing is marked inside these. */
const SKIPPED = 'script, style, noscript, mark, textarea, input, select, button, [data-pagefind-ignore]';

const terms = highlightTerms(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
const found: { node: Text; ranges: [number, number][] }[] = [];
let room = MARKS_PER_SECTION;
for (const body of terms.length > 0 ? document.querySelectorAll('[data-pagefind-body]') : []) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node instanceof Element && /^H[1-6]$/.test(node.tagName)) room = MARKS_PER_SECTION;
    else if (node instanceof Text && room > 0) {
      const ranges = highlightRanges(node.data, terms).slice(0, room);
      room -= ranges.length;
      if (ranges.length > 0) found.push({ node, ranges });
    }
  }
}
const marks = found.flatMap(({ node, ranges }) =>
  // From the end, so the earlier offsets stay right as the text node is split.
  ranges
    .reverse()
    .map(([start, end]) => {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.dataset['searchHighlight'] = '';
      word.replaceWith(mark);
      mark.append(word);
      return mark;
    })
    .reverse(),
);

// The first mark in the section the address points to, or on the page, comes into view. A fragment with
// malformed escapes (`#%E0%A4%A`) points nowhere, rather than stop the script.
const id = fragmentId(location.hash);
const target = id === undefined ? null : document.getElementById(id);
const first =
  (target && marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0];
const box = first?.getBoundingClientRect();
if (box && (box.top < 0 || box.bottom > window.innerHeight)) first?.scrollIntoView({ block: 'center' });
