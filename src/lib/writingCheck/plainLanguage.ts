import { syllable } from 'syllable';
import { sentencesOf, type PageText, type Sentence, type TextBlock } from './readPage.ts';

/*
 * Plain-language checks for content files. They read the words an editor
 * wrote (not the built page) so each finding points at their own line.
 */

/** Benefit pages must read at this US school grade or below. */
export const MAX_GRADE = 9;
/** Sentences longer than this are reported. */
const MAX_SENTENCE_WORDS = 30;

/** What to do, and the line of the file it is about, when there is one. */
export interface Finding {
  line?: number | undefined;
  message: string;
}

/** Placeholder text the page scaffold leaves for an editor to replace. */
export function placeholdersLeft(source: string): number {
  return (source.match(/\bReplace with\b/g) ?? []).length;
}

function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

/** Flesch–Kincaid grade level: the US school grade a reader needs, roughly. */
export function fleschKincaidGrade(sentences: readonly string[]): number {
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0 || sentences.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}

/** Sentences over the limit, with their length. */
export function longSentences(
  sentences: readonly Sentence[],
  limit = MAX_SENTENCE_WORDS,
): (Sentence & { words: number })[] {
  return sentences
    .map((sentence) => ({ ...sentence, words: wordsOf(sentence.text).length }))
    .filter(({ words }) => words > limit);
}

const PASSIVE =
  /\b(?:am|is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?(?:\w+ed|born|built|chosen|done|given|held|known|led|made|paid|run|seen|sent|set|shown|taken|taught|told|written)\b/i;

/** Paragraphs where at least two sentences, and half or more, are in the passive voice. */
export function passiveParagraphs(blocks: readonly TextBlock[]): Sentence[] {
  return blocks.flatMap((block) => {
    if (block.depth !== 0) return [];
    const sentences = sentencesOf([block]);
    const passive = sentences.filter(({ text }) => PASSIVE.test(text)).length;
    return passive >= 2 && passive * 2 >= sentences.length ? [{ line: block.lines[0] ?? 0, text: block.text }] : [];
  });
}

/**
 * Headings that jump more than one level down. The page title is the h1, so
 * the first heading in the body must be `##`.
 */
export function skippedHeadings(blocks: readonly TextBlock[]): Finding[] {
  let previous = 1;
  return blocks.flatMap(({ depth, text, lines }) => {
    if (!depth) return [];
    const problem =
      depth === 1
        ? `"${text}" is a level-1 heading: the page title is the only one; use ##`
        : depth > previous + 1 && `"${text}" jumps from level ${previous} to ${depth}`;
    previous = depth;
    return problem ? [{ line: lines[0], message: `heading ${problem}` }] : [];
  });
}

const VAGUE = /^(?:click here|here|read more|more|link|this page|this)$/i;

/** Links whose text says nothing about where they go. */
export function vagueLinks(links: PageText['links']): PageText['links'] {
  return links.filter(({ text }) => VAGUE.test(text));
}

/** When a page is next due for review, and whether that day has passed. */
export function reviewStatus(
  lastReviewed: Date,
  everyMonths: number,
  today: Date,
): { due: Date; overdue: boolean; daysOverdue: number } {
  // Same day of the month, or the month's last day: 31 January + 3 months is 30 April, not 1 May.
  const year = lastReviewed.getUTCFullYear();
  const month = lastReviewed.getUTCMonth() + everyMonths;
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(year, month, Math.min(lastReviewed.getUTCDate(), lastDayOfMonth)));
  const day = 86_400_000;
  const daysOverdue = Math.floor(
    (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - due.getTime()) / day,
  );
  return { due, overdue: daysOverdue > 0, daysOverdue: Math.max(0, daysOverdue) };
}

/** What the content check found on one page. */
export interface PageFindings {
  grade: number;
  /** Problems that fail the check. */
  errors: Finding[];
  /** Problems worth a look that do not fail it. */
  warnings: Finding[];
}

/** Frontmatter fields a page shows as its own text, which count towards its reading grade like its body does. */
const SHOWN_ON_PAGE = new Set(['lead', 'keyPoints', 'whyItMatters', 'caseForEmployer', 'questions']);

/**
 * All plain-language findings for one content file. `ownFile` is for the
 * site's own pages and words (content/site/), which show every field but
 * the title and description.
 */
export function reviewWriting(page: PageText, options: { gradeLimit?: number; ownFile?: boolean }): PageFindings {
  const graded = page.blocks.filter(
    ({ field }) =>
      field === undefined ||
      (options.ownFile ? field !== 'title' && field !== 'description' : SHOWN_ON_PAGE.has(field)),
  );
  const sentences = sentencesOf(graded);
  const grade = fleschKincaidGrade(sentences.map(({ text }) => text));
  const errors: Finding[] = [];
  if (options.gradeLimit !== undefined && grade > options.gradeLimit) {
    errors.push({
      message: `reads at grade ${grade.toFixed(1)}, above the limit of ${options.gradeLimit}: use shorter sentences and shorter words`,
    });
  }
  for (const { line, markup } of page.imagesWithoutAlt) {
    errors.push({
      line,
      message: `image without a description (alt text): ${markup} — describe what it shows inside the [ ] (or in alt="…")`,
    });
  }
  errors.push(...skippedHeadings(page.blocks));
  for (const { line, text } of vagueLinks(page.links)) {
    errors.push({
      line,
      message: `link text "${text}" does not say where it goes: name the page instead, e.g. [how to join](/join/)`,
    });
  }
  const warnings = [
    ...longSentences(sentences).map(({ line, words, text }) => ({
      line,
      message: `a sentence of ${words} words (over ${MAX_SENTENCE_WORDS}): "${text.slice(0, 70)}…"`,
    })),
    ...passiveParagraphs(page.blocks).map(({ line, text }) => ({
      line,
      message: `mostly passive voice: "${text.slice(0, 70)}…" — say who does what`,
    })),
  ];
  const byLine = (a: Finding, b: Finding) => (a.line ?? 0) - (b.line ?? 0);
  return { grade, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}
