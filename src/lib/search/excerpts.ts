/**
 * The excerpts under each search result, cut from a page's indexed text
 * around the words that matched: whole words, the matched ones marked
 * (without the punctuation stuck to them), an ellipsis wherever the text was
 * cut mid-sentence. Also picks the sections listed under a page. Pure, so it
 * is unit-tested; the interface puts the pieces on screen as text only.
 */
import { withoutBidiControls } from './cleanQuery.ts';

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

const ELLIPSIS = '…';
const endsSentence = (word: string | undefined) => word !== undefined && /[.!?:]["”’)]*$/.test(word);

/** A page's indexed text as Pagefind numbers its words, and where its blocks begin. */
export interface IndexedText {
  words: readonly string[];
  /**
   * Word positions where a heading, or the text under one, begins. Pagefind
   * puts no full stop after a heading, so these start a sentence too.
   */
  blockStarts: ReadonlySet<number>;
}

/** A page's indexed text as Pagefind numbers its words. */
function textWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/).filter((word) => word !== '');
}

const wordCount = (text: string) => textWords(text).length;

const isHeading = (anchor: Anchor) => /^h[1-6]$/i.test(anchor.element) && /\S/.test(anchor.text);

/** The text Pagefind keeps of a page (`content`), with its headings (`anchors`) marking where blocks begin. */
export function indexedText(content: string, anchors: readonly Anchor[] = []): IndexedText {
  const blockStarts = new Set<number>();
  for (const anchor of anchors.filter(isHeading)) {
    blockStarts.add(anchor.location);
    blockStarts.add(anchor.location + wordCount(anchor.text));
  }
  return { words: textWords(content), blockStarts };
}

/** Whether a sentence (or a block) starts at word `at`. */
function startsSentence({ words, blockStarts }: IndexedText, at: number): boolean {
  return at === 0 || blockStarts.has(at) || endsSentence(words[at - 1]);
}

/**
 * Where the excerpt of words [from, to) starts: the window of `length` words
 * holding the most `marked` positions, opening a few words before the first,
 * or at the start of that word's sentence when it is in the window or close.
 */
export function excerptStart(
  text: IndexedText,
  marked: readonly number[],
  from: number,
  to: number,
  length = EXCERPT_WORDS,
): number {
  const last = Math.max(from, to - length);
  let best = from;
  let bestCount = 0;
  for (const location of marked) {
    if (location < from || location >= to) continue;
    const start = Math.min(last, Math.max(from, location - CONTEXT_WORDS));
    const count = marked.filter((other) => other >= start && other < start + length).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  const first = marked.find((location) => location >= best && location < to);
  if (first === undefined || first - from <= SENTENCE_REACH) return from;
  // The sentence of the first match, if it starts in the window or just before it.
  for (let at = first; at > Math.max(from, Math.min(best, first - SENTENCE_REACH)); at--) {
    if (startsSentence(text, at)) return at;
  }
  return best;
}

/**
 * The excerpt of words [from, to) that holds the most of the `marked`
 * positions: at most `length` words, each matched word marked, and an
 * ellipsis where it starts or ends mid-sentence.
 */
export function excerpt(
  text: IndexedText,
  marked: readonly number[],
  from: number,
  to: number,
  length = EXCERPT_WORDS,
): ExcerptPiece[] {
  const { words } = text;
  const start = excerptStart(text, marked, from, to, length);
  const end = Math.min(to, words.length, start + length);
  const markedSet = new Set(marked);
  const pieces: ExcerptPiece[] = [];
  const add = (piece: string, isMarked: boolean) => {
    if (piece === '') return;
    const last = pieces.at(-1);
    if (last && last.marked === isMarked) last.text += piece;
    else pieces.push({ text: piece, marked: isMarked });
  };
  if (start > from && !startsSentence(text, start)) add(`${ELLIPSIS} `, false);
  for (let at = start; at < end; at++) {
    const word = withoutBidiControls(words[at] ?? '');
    if (at > start) add(' ', false);
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    if (markedSet.has(at) && core) {
      add(before, false);
      add(core, true);
      add(after, false);
    } else {
      add(word, false);
    }
  }
  if (end < to && !startsSentence(text, end)) add(` ${ELLIPSIS}`, false);
  return pieces;
}

/** Where a page's own text starts: after its title, which the result already shows. */
export function afterTitle({ words }: IndexedText, title: string | undefined): number {
  const titleWords = textWords(title ?? '');
  const same = titleWords.every((word, index) => words[index] === word);
  return titleWords.length > 0 && same ? titleWords.length : 0;
}

/** A section of a page under one of its headings. */
export interface Section {
  anchor: Anchor;
  /** The words under the heading: [from, to). */
  from: number;
  to: number;
  /** How many matches it holds, its heading included. */
  matches: number;
}

/**
 * The sections worth listing under a page: those holding matches, other than
 * the one its own excerpt is cut from (`pageExcerptAt`), the ones with the
 * most matches, at most MAX_SECTIONS, in the page's order.
 */
export function sectionsToList(
  { words }: IndexedText,
  anchors: readonly Anchor[],
  marked: readonly number[],
  pageExcerptAt: number,
): Section[] {
  const headings = anchors
    .filter((anchor) => isHeading(anchor) && !/^h1$/i.test(anchor.element) && anchor.id !== '')
    .sort((a, b) => a.location - b.location);
  const sections = headings.map((anchor, index) => {
    const to = headings[index + 1]?.location ?? words.length;
    return {
      anchor,
      from: Math.min(to, anchor.location + wordCount(anchor.text)),
      to,
      matches: marked.filter((location) => location >= anchor.location && location < to).length,
    };
  });
  const excerptSection = sections.findLast((section) => section.anchor.location <= pageExcerptAt);
  return sections
    .filter((section) => section.matches > 0 && section !== excerptSection)
    .sort((a, b) => b.matches - a.matches || a.anchor.location - b.anchor.location)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.anchor.location - b.anchor.location);
}
