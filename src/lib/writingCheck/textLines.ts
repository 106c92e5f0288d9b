import yaml from 'js-yaml';

/**
 * The words a reader sees in a content file, with the line each stands on,
 * so a writing check can name the file and the line: frontmatter values by
 * field, then the text below the frontmatter without its markup. A YAML
 * data file (content/site/*.yaml) is all values.
 */

/** A line of a reader's text: where it is in the file, and which frontmatter field it belongs to, if any. */
export interface TextLine {
  /** Line in the file, counted from 1. */
  line: number;
  text: string;
  /** The top-level frontmatter field, such as `lead` or `questions`; none for the text below the frontmatter. */
  field?: string | undefined;
  /** Which value the line belongs to: lines of one value, or of one paragraph, make sentences together. */
  group: number;
}

/** A sentence, with the line it starts on. */
export interface Sentence {
  line: number;
  text: string;
  field?: string | undefined;
}

/**
 * Fields that hold names, dates and settings rather than sentences: no
 * writing check reads them.
 */
const NOT_WORDS = new Set([
  'icon',
  'audiences',
  'related',
  'order',
  'lastReviewed',
  'reviewEveryMonths',
  'draft',
  'searchTerms',
]);

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The reader's text of a content file, line by line. `data` files are YAML through and through. */
export function textLines(source: string, kind: 'page' | 'data' = 'page'): TextLine[] {
  const lines = source.split(/\r?\n/);
  const frontmatter = kind === 'data' ? source : (FRONTMATTER.exec(source)?.[1] ?? '');
  // The frontmatter starts on line 2, below its "---"; a data file on line 1.
  const firstLine = kind === 'data' ? 1 : 2;
  const fieldLines = valueLines(frontmatter, frontmatter.split(/\r?\n/), firstLine);
  if (kind === 'data') return fieldLines;
  const bodyStart = frontmatter ? firstLine + frontmatter.split(/\r?\n/).length + 1 : 1;
  let group = fieldLines.length > 0 ? Math.max(...fieldLines.map((line) => line.group)) + 1 : 0;
  const body = bodyWords(lines.slice(bodyStart - 1).join('\n')).split('\n');
  const bodyLines: TextLine[] = [];
  body.forEach((text, index) => {
    if (text.trim() === '') group++;
    else bodyLines.push({ line: bodyStart + index, text, group });
  });
  return [...fieldLines, ...bodyLines];
}

/**
 * Each string in the YAML, on the line where it is written. js-yaml gives
 * values without positions, so each is found in the source in document
 * order, by its first words; a value written over several lines (a block
 * under `letter: |`) keeps its own line breaks, one line each.
 */
function valueLines(yamlText: string, source: readonly string[], firstLine: number): TextLine[] {
  let data: unknown;
  try {
    data = yaml.load(yamlText);
  } catch {
    return []; // The site's own checks report a file YAML cannot read, with its line.
  }
  const found: TextLine[] = [];
  let cursor = 0;
  let group = 0;
  const visit = (value: unknown, field: string | undefined) => {
    if (typeof value === 'string') {
      const valueLinesOf = value.split('\n');
      const probe = (valueLinesOf.find((line) => line.trim() !== '') ?? '').trim().slice(0, 25);
      const at = source.findIndex((line, index) => index >= cursor && probe !== '' && line.includes(probe));
      const start = at >= 0 ? at : cursor;
      // The next value is on a later line: two values with the same first words each find their own.
      cursor = start + 1;
      const offset = at >= 0 ? valueLinesOf.findIndex((line) => line.trim() !== '') : 0;
      valueLinesOf.forEach((text, index) => {
        if (text.trim() !== '') found.push({ line: firstLine + start + index - offset, text, field, group });
        else group++;
      });
      group++;
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, field);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (field === undefined && NOT_WORDS.has(key)) continue;
        visit(item, field ?? key);
      }
    }
  };
  visit(data, undefined);
  return found;
}

/**
 * The text below the frontmatter as a reader sees it, with the same lines:
 * code, notes to editors and tags blanked, links and images as their words.
 */
function bodyWords(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return (
    body
      .replace(/```[\s\S]*?```/g, blank)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
      .replace(/^\s*(?:import|export)\s.*$/gm, blank)
      // A building block's words, such as <Callout title="…">, are read; the rest of a tag is not.
      .replace(/<[^>]*>/g, (tag) =>
        [...tag.matchAll(/\b(?:title|heading|text)="([^"]*)"/g)]
          .map((match) => match[1])
          .join('. ')
          .concat(tag.replace(/[^\n]/g, '')),
      )
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
  );
}

const LIST_OR_HEADING = /^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/;

/**
 * The sentences of the lines, each with the line it starts on. Lines of one
 * paragraph or value are joined, however they were wrapped; a heading or a
 * list item is a sentence of its own, as a reader takes it in one go.
 */
export function sentencesOfLines(lines: readonly TextLine[]): Sentence[] {
  const sentences: Sentence[] = [];
  let unit: { text: string; starts: { at: number; line: number }[]; field?: string | undefined } | undefined;
  let group: number | undefined;
  const flush = () => {
    if (!unit) return;
    const { text, starts, field } = unit;
    let at = 0;
    for (const piece of text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)) {
      const start = text.indexOf(piece, at);
      at = start + piece.length;
      const line = starts.filter((mark) => mark.at <= start).at(-1)?.line ?? starts[0]?.line ?? 0;
      if (/[A-Za-z]/.test(piece)) sentences.push({ line, text: piece.trim(), field });
    }
    unit = undefined;
  };
  for (const { line, text, field, group: lineGroup } of lines) {
    const startsAnew = LIST_OR_HEADING.test(text);
    if (lineGroup !== group || startsAnew) flush();
    group = lineGroup;
    const words = text.replace(LIST_OR_HEADING, '').trim();
    if (!unit) unit = { text: words, starts: [{ at: 0, line }], field };
    else {
      unit.starts.push({ at: unit.text.length + 1, line });
      unit.text = `${unit.text} ${words}`;
    }
    if (/^\s*#/.test(text)) flush();
  }
  flush();
  return sentences;
}
