import { LineCounter, parseDocument, type Document } from 'yaml';

/**
 * A YAML text (a content file's frontmatter, or a data file in content/site/)
 * as the `yaml` package's Document, with the line of the file each offset of
 * the text stands on (`firstLine` is the file's line the text starts on).
 * Dates read as dates, as Astro reads them. It never throws: a text YAML
 * cannot read comes back with a message an editor can act on, naming the line.
 */
export function readYaml(
  text: string,
  firstLine = 1,
): { document: Document.Parsed; lineOf: (offset: number) => number } | { error: string } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { customTags: ['timestamp'], lineCounter });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = document.errors;
  if (!error) return { document, lineOf };
  const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  // What YAML says when a value holds ": ", the mistake editors make most.
  const advice =
    error.code === 'BLOCK_AS_IMPLICIT_KEY'
      ? '. A value that contains ": " must be in quotes, for example title: "Training: keep learning"'
      : '';
  return { error: `line ${lineOf(error.pos[0])}: ${reason}${advice}` };
}

/** The frontmatter block of a Markdown/MDX file, or an empty string if it has none. */
export function frontmatterOf(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  return match?.[1] ?? '';
}

/**
 * Reads a content file's frontmatter as the site's tools do, without
 * throwing, so every tool can name the file instead of crashing.
 */
export function readFrontmatter(source: string): { data: Record<string, unknown> } | { error: string } {
  // frontmatterOf takes the text below the opening "---", so it starts on line 2.
  const read = readYaml(frontmatterOf(source), 2);
  if ('error' in read) return read;
  const data: unknown = read.document.toJS() ?? {};
  return typeof data === 'object' && !Array.isArray(data)
    ? { data: data as Record<string, unknown> }
    : { error: 'the frontmatter is not a list of fields' };
}
