import type { Sentence } from './readPage.ts';

/** Sentences shorter than this may repeat: "Ask your association." twice is no padding. */
const MIN_REPEATED_WORDS = 8;

/** A sentence as compared: its words in lower case, without punctuation. */
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)*/g) ?? [];

/**
 * Each sentence of eight words or more that a page already said, with the
 * line where it first stood. Case and punctuation do not count: "You meet
 * people." and "you meet people" are the same sentence to a reader.
 */
export function repeatedSentences(sentences: readonly Sentence[]): { line: number; firstLine: number; text: string }[] {
  const seen = new Map<string, number>();
  const repeats: { line: number; firstLine: number; text: string }[] = [];
  for (const { line, text } of sentences) {
    const words = wordsOf(text);
    if (words.length < MIN_REPEATED_WORDS) continue;
    const key = words.join(' ');
    const firstLine = seen.get(key);
    if (firstLine === undefined) seen.set(key, line);
    else repeats.push({ line, firstLine, text });
  }
  return repeats;
}
