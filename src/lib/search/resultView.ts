/**
 * What one search result shows, from the text Pagefind keeps of the page and
 * the matches found on it (merged from all of a query's searches, which is
 * why Pagefind's own excerpts will not do): the title, an excerpt, and up to
 * two of its sections, each linking to the page with the words to highlight.
 * Excerpts are whole words, the matched ones marked without the punctuation
 * stuck to them, with an ellipsis where the text is cut mid-sentence; the
 * interface shows them as text only.
 */
import { withoutBidiControls } from './cleanQuery.ts';
import type { RankedPage } from './rankPages.ts';

/** The address parameter that asks a page to highlight words (src/client/pageHighlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

/** A run of excerpt text, and whether it is a word that matched the query. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** An element Pagefind found an id on, at a word position in the page's text. */
export interface Anchor {
  element: string;
  id: string;
  location: number;
  text: string;
}

/** The words of an excerpt. */
const EXCERPT_WORDS = 24;
/** Words kept before the first match, so it does not open the excerpt cold. */
const CONTEXT_WORDS = 4;
/** An excerpt this close to the start of a sentence starts with the sentence instead. */
const SENTENCE_REACH = 6;
/** Sections listed under a page, at most. */
const MAX_SECTIONS = 2;

/** A page's indexed text as Pagefind numbers its words, and where its headings and the text under them begin. */
export interface IndexedText {
  words: readonly string[];
  /** Pagefind puts no full stop after a heading, so these start a sentence too. */
  blockStarts: ReadonlySet<number>;
}

const textWords = (content: string) => content.split(/[^\S\uFEFF]+/).filter((word) => word !== '');
const isHeading = (anchor: Anchor) => /^h[1-6]$/i.test(anchor.element) && /\S/.test(anchor.text);

export function indexedText(content: string, anchors: readonly Anchor[] = []): IndexedText {
  const blockStarts = new Set<number>();
  for (const { location, text } of anchors.filter(isHeading)) {
    blockStarts.add(location).add(location + textWords(text).length);
  }
  return { words: textWords(content), blockStarts };
}

const startsSentence = ({ words, blockStarts }: IndexedText, at: number) =>
  at === 0 || blockStarts.has(at) || /[.!?:]["”’)]*$/.test(words[at - 1] ?? '');

/**
 * Where the excerpt of words [from, to) starts: the window of `length` words
 * holding the most `marked` positions, opening a few words before the first,
 * or at the start of that word's sentence when it is in the window or close.
 */
function excerptStart(text: IndexedText, marked: readonly number[], from: number, to: number, length: number) {
  const last = Math.max(from, to - length);
  let best = from;
  let bestCount = 0;
  for (const location of marked.filter((at) => at >= from && at < to)) {
    const start = Math.min(last, Math.max(from, location - CONTEXT_WORDS));
    const count = marked.filter((other) => other >= start && other < start + length).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const first = marked.find((location) => location >= best && location < to);
  if (first === undefined || first - from <= SENTENCE_REACH) return from;
  // The sentence of the first match, if it starts in the window or just before it.
  for (let at = first; at > Math.max(from, Math.min(best, first - SENTENCE_REACH)); at--) {
    if (startsSentence(text, at)) return at;
  }
  return best;
}

/** The excerpt of words [from, to) holding the most `marked` positions: at most `length` words, the matches marked. */
export function excerpt(
  text: IndexedText,
  marked: readonly number[],
  from: number,
  to: number,
  length = EXCERPT_WORDS,
): ExcerptPiece[] {
  const start = excerptStart(text, marked, from, to, length);
  const end = Math.min(to, text.words.length, start + length);
  const pieces: ExcerptPiece[] = [];
  const add = (piece: string, isMarked = false) => {
    const last = pieces.at(-1);
    if (last?.marked === isMarked) last.text += piece;
    else if (piece) pieces.push({ text: piece, marked: isMarked });
  };
  if (start > from && !startsSentence(text, start)) add('… ');
  for (let at = start; at < end; at++) {
    const word = withoutBidiControls(text.words[at] ?? '');
    if (at > start) add(' ');
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    if (marked.includes(at) && core) {
      add(before);
      add(core, true);
      add(after);
    } else add(word);
  }
  if (end < to && !startsSentence(text, end)) add(' …');
  return pieces;
}

/** Where a page's own text starts: after its title, which the result already shows. */
export function afterTitle({ words }: IndexedText, title = ''): number {
  const titleWords = textWords(title);
  return titleWords.every((word, index) => words[index] === word) ? titleWords.length : 0;
}

/**
 * The sections (text under a heading other than the h1, [from, to)) worth
 * listing under a page: those with the most matches, their headings
 * included, at most MAX_SECTIONS, in page order, but not the one the page's
 * own excerpt is cut from (at `pageExcerptAt`).
 */
export function sectionsToList(
  { words }: IndexedText,
  anchors: readonly Anchor[],
  marked: readonly number[],
  pageExcerptAt: number,
) {
  const headings = anchors
    .filter((anchor) => isHeading(anchor) && !/^h1$/i.test(anchor.element) && anchor.id !== '')
    .sort((a, b) => a.location - b.location);
  const sections = headings.map((anchor, index) => {
    const to = headings[index + 1]?.location ?? words.length;
    const from = Math.min(to, anchor.location + textWords(anchor.text).length);
    return { anchor, from, to, matches: marked.filter((at) => at >= anchor.location && at < to).length };
  });
  const excerptSection = sections.findLast((section) => section.anchor.location <= pageExcerptAt);
  return sections
    .filter((section) => section.matches > 0 && section !== excerptSection)
    .sort((a, b) => b.matches - a.matches || a.anchor.location - b.anchor.location)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.anchor.location - b.anchor.location);
}

/** A page's address that highlights `terms` there, opening at the heading `anchorId` if given. */
export function resultUrl(url: string, terms: readonly string[], anchorId?: string): string {
  const [path = '', query = ''] = url.split('#')[0]?.split('?') ?? [];
  const params = new URLSearchParams(query);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** What Pagefind keeps of a page. */
export interface PageText {
  url: string;
  content: string;
  anchors: readonly Anchor[];
  meta: Record<string, string | undefined>;
}

export type ResultView = ReturnType<typeof resultView>;

/** The result for `page`, whose indexed text is `text`: its icon is a benefit's, if it has one. */
export function resultView(text: PageText, page: RankedPage) {
  const indexed = indexedText(text.content, text.anchors);
  const { title, icon } = text.meta;
  const from = afterTitle(indexed, title);
  const end = indexed.words.length;
  const pageExcerptAt = excerptStart(indexed, page.locations, from, end, EXCERPT_WORDS);
  return {
    url: resultUrl(text.url, page.found),
    title: title ?? text.url,
    icon,
    excerpt: excerpt(indexed, page.locations, from, end),
    sections: sectionsToList(indexed, text.anchors, page.locations, pageExcerptAt).map((section) => ({
      url: resultUrl(text.url, page.found, section.anchor.id),
      title: section.anchor.text,
      excerpt: excerpt(indexed, page.locations, section.from, section.to),
    })),
  };
}
