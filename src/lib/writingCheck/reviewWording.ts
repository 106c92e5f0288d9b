import type { Finding } from './plainLanguage.ts';
import { sentencesOf, type PageText } from './readPage.ts';
import { repeatedSentences } from './repeatedSentences.ts';
import { britishForms, promiseWords } from './wordChoice.ts';

/**
 * Frontmatter fields a page does not show as its own text: search engines
 * show the description, cards the summary, role pages `whyItMatters` and the
 * letter `caseForEmployer`. A sentence there may say again what the page says.
 */
const SHOWN_ELSEWHERE = new Set(['description', 'summary', 'whyItMatters', 'caseForEmployer']);

/** A promise word or a British form, as a message that says what to write instead. */
const wordMessages = (text: string) => [
  ...promiseWords(text).map(({ index, word, advice }) => ({ index, message: `"${word}" ${advice}` })),
  ...britishForms(text).map(({ index, word, advice }) => ({
    index,
    message: `"${word}" is British English: ${advice}`,
  })),
];

/**
 * The wording rules for one content file, each finding with its line: no
 * promise words, no British forms (anywhere a reader sees them, the
 * description included), and no sentence of eight words or more said twice
 * on the page (its frontmatter and text together). A YAML data file is read
 * as one page.
 */
export function reviewWording(page: PageText): (Finding & { line: number })[] {
  const onPage = page.blocks.filter(({ field }) => field === undefined || !SHOWN_ELSEWHERE.has(field));
  return [
    ...page.blocks.flatMap(({ text, lines }) =>
      wordMessages(text).map(({ index, message }) => ({ line: lines[index] ?? 0, message })),
    ),
    ...repeatedSentences(sentencesOf(onPage)).map(({ line, firstLine, text }) => ({
      line,
      message: `repeats the sentence on line ${firstLine}: "${text.length > 70 ? `${text.slice(0, 70)}…` : text}". Say it once: cut one, or say something new here`,
    })),
  ].sort((a, b) => a.line - b.line);
}

/**
 * Every text of a module of interface words (src/strings.ts), with where it
 * is, such as `layoutText.skipLink`; words with a figure in them are small
 * functions, called with examples.
 */
export function interfaceTexts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    return [1, 2].flatMap((count) =>
      interfaceTexts(
        (value as (...args: unknown[]) => unknown)(
          ...Array.from({ length: value.length }, (_, index) => (index === 0 ? count : 'X')),
        ),
        `${path}()`,
      ),
    );
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => interfaceTexts(item, path ? `${path}.${key}` : key));
}

/** The wording rules for the interface's words, which are outside content/: no promise words, no British forms. */
export function reviewInterfaceWords(strings: unknown): string[] {
  const found = interfaceTexts(strings).flatMap(({ path, text }) =>
    wordMessages(text).map(({ message }) => `${path}: ${message}`),
  );
  return [...new Set(found)];
}
