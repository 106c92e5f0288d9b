/*
 * Marks the searched words on a page opened from a search result
 * (`?highlight=mentor`), then brings the first one into view. Loaded by the
 * inline launcher only when the address asks for it, as a bundle of its own
 * (like the search interface), so no other visit downloads it.
 *
 * It replaces Pagefind's highlighter, which marked every stop word of the
 * query and fragments inside other words ("i" in "library"). This one marks
 * whole words in their usual forms, never stop words (highlightWords.ts),
 * inside the page's indexed text only, and at most a few per section, so
 * the marks point the way rather than cover the page.
 */
import { highlightRanges, highlightTerms } from '../lib/search/highlightWords.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/resultView.ts';
import { fragmentId } from '../lib/site/pageAddress.ts';

/** Marks per section of the page (the text under one heading). */
const MARKS_PER_SECTION = 3;

/** Text that is not reading matter: nothing is marked inside these. */
const SKIPPED = 'script, style, noscript, mark, textarea, input, select, button, [data-pagefind-ignore]';

/** The text nodes of the page's indexed text, in order, each with the section (the heading before it) it is in. */
function textNodes(): { node: Text; section: Element | undefined }[] {
  const found: { node: Text; section: Element | undefined }[] = [];
  for (const body of document.querySelectorAll('[data-pagefind-body]')) {
    let section: Element | undefined;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node instanceof Element && node.matches(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node instanceof Element && /^H[1-6]$/.test(node.tagName)) section = node;
      else if (node instanceof Text && node.data.trim() !== '') found.push({ node, section });
    }
  }
  return found;
}

function highlight(): void {
  const terms = highlightTerms(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
  if (terms.length === 0) return;
  const perSection = new Map<Element | undefined, number>();
  const marks: HTMLElement[] = [];
  for (const { node, section } of textNodes()) {
    const room = MARKS_PER_SECTION - (perSection.get(section) ?? 0);
    const ranges = highlightRanges(node.data, terms).slice(0, Math.max(0, room));
    if (ranges.length === 0) continue;
    perSection.set(section, MARKS_PER_SECTION - room + ranges.length);
    // From the end, so the earlier offsets stay right as the text node is split.
    const nodeMarks: HTMLElement[] = [];
    for (const [start, end] of ranges.reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.dataset['searchHighlight'] = '';
      word.replaceWith(mark);
      mark.append(word);
      nodeMarks.unshift(mark);
    }
    marks.push(...nodeMarks);
  }
  scrollToFirst(marks);
}

/**
 * Brings into view the first mark in the section the address points to, or on the page. A fragment whose
 * escapes are malformed (`#%E0%A4%A`) points nowhere, rather than stop the script.
 */
function scrollToFirst(marks: readonly HTMLElement[]): void {
  const id = fragmentId(location.hash);
  const target = id === undefined ? null : document.getElementById(id);
  const first =
    (target && marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) ??
    marks[0];
  if (!first) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}

highlight();
