/**
 * The excerpts under each search result, cut from a page's indexed text
 * around the words that matched: whole words, the matched ones marked
 * (without the punctuation stuck to them), an ellipsis wherever the text was
 * cut mid-sentence. Also picks the sections listed under a page. Pure, so it
 * is unit-tested; the interface puts the pieces on screen as text only.
 */
import { withoutBidiControls } from './searchText.ts';

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

/** A page's indexed text as Pagefind numbers its words. */
export function textWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/).filter((word) => word !== '');
}

const wordCount = (text: string) => textWords(text).length;

/**
 * Where the excerpt of `words[from, to)` starts: the window of `length` words
 * holding the most `marked` positions, opening a few words before the first,
 * or at the start of that word's sentence when it is in the window or close.
 */
export function excerptStart(
  words: readonly string[],
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
  for (let at = first - 1; at >= Math.max(from, Math.min(best, first - SENTENCE_REACH)); at--) {
    if (endsSentence(words[at])) return at + 1;
  }
  return best;
}

/**
 * The excerpt of `words[from, to)` that holds the most of the `marked`
 * positions: at most `length` words, each matched word marked, and an
 * ellipsis where it starts or ends mid-sentence.
 */
export function excerpt(
  words: readonly string[],
  marked: readonly number[],
  from: number,
  to: number,
  length = EXCERPT_WORDS,
): ExcerptPiece[] {
  const start = excerptStart(words, marked, from, to, length);
  const end = Math.min(to, start + length);
  const markedSet = new Set(marked);
  const pieces: ExcerptPiece[] = [];
  const add = (text: string, isMarked: boolean) => {
    if (text === '') return;
    const last = pieces.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else pieces.push({ text, marked: isMarked });
  };
  if (start > from && !endsSentence(words[start - 1])) add(`${ELLIPSIS} `, false);
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
  if (end < to && !endsSentence(words[end - 1])) add(` ${ELLIPSIS}`, false);
  return pieces;
}

/** Where a page's own text starts: after its title, which the result already shows. */
export function afterTitle(words: readonly string[], title: string | undefined): number {
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
  words: readonly string[],
  anchors: readonly Anchor[],
  marked: readonly number[],
  pageExcerptAt: number,
): Section[] {
  const headings = anchors
    .filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id !== '' && /\S/.test(anchor.text))
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
