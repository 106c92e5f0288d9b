import { repeatedSentences } from './repeatedSentences.ts';
import { sentencesOfLines, textLines } from './textLines.ts';
import { britishForms, promiseWords } from './wordChoice.ts';

/**
 * Frontmatter fields a page does not show as its own text: search engines
 * show the description, cards the summary, role pages `whyItMatters` and the
 * letter `caseForEmployer`. A sentence there may say again what the page says.
 */
const SHOWN_ELSEWHERE = new Set(['description', 'summary', 'whyItMatters', 'caseForEmployer']);

/**
 * The wording rules for one content file, each finding as "line: what to do":
 * no promise words, no British forms (anywhere a reader sees them, the
 * description included), and no sentence of eight words or more said twice
 * on the page (its frontmatter and text together). A YAML data file is
 * read as one page.
 */
export function reviewWording(source: string, kind: 'page' | 'data' = 'page'): { line: number; message: string }[] {
  const lines = textLines(source, kind);
  const onPage = lines.filter(
    (line) => kind === 'data' || line.field === undefined || !SHOWN_ELSEWHERE.has(line.field),
  );
  return [
    ...promiseWords(lines).map(({ line, word, advice }) => ({ line, message: `"${word}" ${advice}` })),
    ...britishForms(lines).map(({ line, word, advice }) => ({
      line,
      message: `"${word}" is British English: ${advice}`,
    })),
    ...repeatedSentences(sentencesOfLines(onPage)).map(({ line, firstLine, text }) => ({
      line,
      message: `repeats the sentence on line ${firstLine}: "${text.length > 70 ? `${text.slice(0, 70)}…` : text}". Say it once: cut one, or say something new here`,
    })),
  ].sort((a, b) => a.line - b.line);
}
