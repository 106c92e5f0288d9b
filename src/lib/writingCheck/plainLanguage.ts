import { syllable } from 'syllable';

/**
 * Plain-language checks for content files. They read the Markdown an editor
 * wrote (not the built page) so each finding points at their own words.
 */

/** Benefit pages must read at this US school grade or below. */
export const MAX_GRADE = 9;
/** Sentences longer than this are reported. */
const MAX_SENTENCE_WORDS = 30;

/** The body of a content file as running text: no frontmatter, markup, links or components. */
export function proseOf(source: string): string {
  return source
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}

const LIST_OR_HEADING = /^(?:#{1,6}|[-*+]|\d+\.)\s+/;

/**
 * Sentences of running text. Lines of one paragraph are joined, however the
 * editor wrapped them; a heading or a list item counts as a sentence even
 * without a full stop, as a reader takes it in one go.
 */
export function sentencesOf(prose: string): string[] {
  const units: string[] = [];
  for (const block of prose.split(/\r?\n\s*\r?\n/)) {
    let current = '';
    for (const rawLine of block.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (line === '') continue;
      if (LIST_OR_HEADING.test(line)) {
        if (current) units.push(current);
        current = line.replace(LIST_OR_HEADING, '');
        if (line.startsWith('#')) {
          units.push(current);
          current = '';
        }
      } else {
        current = current ? `${current} ${line}` : line;
      }
    }
    if (current) units.push(current);
  }
  return units
    .flatMap((unit) => unit.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z]/.test(sentence));
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
  sentences: readonly string[],
  limit = MAX_SENTENCE_WORDS,
): { words: number; text: string }[] {
  return sentences.map((text) => ({ words: wordsOf(text).length, text })).filter((sentence) => sentence.words > limit);
}

const PASSIVE =
  /\b(?:am|is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?(?:\w+ed|born|built|chosen|done|given|held|known|led|made|paid|run|seen|sent|set|shown|taken|taught|told|written)\b/gi;

/** Paragraphs where at least two sentences, and half or more, are in the passive voice. */
export function passiveParagraphs(prose: string): string[] {
  return prose
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => {
      const sentences = sentencesOf(paragraph);
      const passive = sentences.filter((sentence) => new RegExp(PASSIVE.source, 'i').test(sentence)).length;
      return passive >= 2 && passive * 2 >= sentences.length;
    });
}

/** Images written without a description for people who cannot see them. */
export function imagesWithoutAlt(source: string): string[] {
  const markdown = [...source.matchAll(/!\[\s*\]\(([^)]*)\)/g)].map((match) => match[0]);
  const html = [...source.matchAll(/<img\b(?![^>]*\balt=)[^>]*>/gi)].map((match) => match[0]);
  return [...markdown, ...html];
}

/**
 * Headings that jump more than one level down. The page title is the h1, so
 * the first heading in the body must be `##`.
 */
export function skippedHeadings(source: string): string[] {
  const problems: string[] = [];
  let previous = 1;
  for (const match of proseOf(source).matchAll(/^(#{1,6})\s+(.+)$/gm)) {
    const level = match[1]?.length ?? 0;
    if (level === 1) problems.push(`"${match[2]}" is a level-1 heading: the page title is the only one; use ##`);
    else if (level > previous + 1) problems.push(`"${match[2]}" jumps from level ${previous} to ${level}`);
    previous = level;
  }
  return problems;
}

const VAGUE = /^(?:click here|here|read more|more|link|this page|this)$/i;

/** Links whose text says nothing about where they go. */
export function vagueLinks(source: string): string[] {
  return [...source.replace(/!\[[^\]]*\]\([^)]*\)/g, '').matchAll(/\[([^\]]+)\]\([^)]*\)/g)]
    .map((match) => match[1]?.trim() ?? '')
    .filter((text) => VAGUE.test(text));
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
  errors: string[];
  /** Problems worth a look that do not fail it. */
  warnings: string[];
}

/**
 * All plain-language findings for one content file. `extraText` is the text
 * the page shows from its frontmatter (lead, key points, questions), which
 * counts towards the reading grade like the body does.
 */
export function reviewWriting(
  source: string,
  extraText: readonly string[],
  options: { gradeLimit?: number },
): PageFindings {
  const prose = proseOf(source);
  const sentences = [...extraText.flatMap((text) => sentencesOf(text)), ...sentencesOf(prose)];
  const grade = fleschKincaidGrade(sentences);
  const errors: string[] = [];
  const warnings: string[] = [];
  if (options.gradeLimit !== undefined && grade > options.gradeLimit) {
    errors.push(
      `reads at grade ${grade.toFixed(1)}, above the limit of ${options.gradeLimit}: use shorter sentences and shorter words`,
    );
  }
  for (const image of imagesWithoutAlt(source)) {
    errors.push(`image without a description (alt text): ${image} — describe what it shows inside the [ ]`);
  }
  for (const heading of skippedHeadings(source)) errors.push(`heading ${heading}`);
  for (const text of vagueLinks(source)) {
    errors.push(`link text "${text}" does not say where it goes: name the page instead, e.g. [how to join](/join/)`);
  }
  for (const sentence of longSentences(sentences)) {
    warnings.push(
      `a sentence of ${sentence.words} words (over ${MAX_SENTENCE_WORDS}): "${sentence.text.slice(0, 70)}…"`,
    );
  }
  for (const paragraph of passiveParagraphs(prose)) {
    warnings.push(`mostly passive voice: "${paragraph.slice(0, 70)}…" — say who does what`);
  }
  return { grade, errors, warnings };
}
