import type { MdastNode } from 'satteri';
import { isMap, isScalar, isSeq } from 'yaml';
import { contentTree } from '../contentChecks/contentAllowList.ts';
import { readYaml } from '../contentChecks/readFrontmatter.ts';

/*
 * The words a reader sees in a content file, every character with the line
 * of the file it stands on, so each writing rule can name the line: the
 * frontmatter's values (a YAML data file is all values) from the `yaml`
 * package's Document, and the text below from the Markdown tree the site's
 * own processor builds (contentTree), with the tree's positions.
 */

/** What a reader takes in as one: a frontmatter value, a paragraph, a heading, a list item, a table cell. */
export interface TextBlock {
  /** The words, a line break inside a paragraph or value as a space; a blank line in a value is kept. */
  text: string;
  /** The line of the file each character of `text` stands on. */
  lines: readonly number[];
  /** The top-level frontmatter field, such as `lead` or `questions`; none for the text below the frontmatter. */
  field?: string | undefined;
  /** 1 to 6 for a heading; 0 for a paragraph of the body. */
  depth?: number | undefined;
}

export interface PageText {
  /** The frontmatter's fields, or a data file's. */
  data: Record<string, unknown>;
  blocks: TextBlock[];
  /** Images written without words for people who cannot see them, as written. */
  imagesWithoutAlt: { line: number; markup: string }[];
  /** The words of each link. */
  links: { line: number; text: string }[];
}

/** A sentence, with the line it starts on. */
export interface Sentence {
  line: number;
  text: string;
  field?: string | undefined;
}

/** Fields that hold names, dates and settings rather than sentences: no writing check reads them. */
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

/** A building block's attributes that readers see, such as <Callout title="…">. */
const SHOWN_ATTRIBUTES = new Set(['title', 'heading', 'text']);

/** Nodes with no words for a reader: code, notes to editors ({/* … *\/}), raw HTML, imports. */
const UNREAD = new Set(['code', 'html', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The reader's text of the content file at `path` (`.mdx`, `.md`, or `.yaml` for a data file), or why it cannot be read. */
export function readPage(path: string, source: string): PageText | { error: string } {
  const page: PageText = { data: {}, blocks: [], imagesWithoutAlt: [], links: [] };
  if (/\.ya?ml$/.test(path)) return readValues(page, source, 1, 'file');
  let tree: MdastNode;
  try {
    tree = contentTree(path, source);
  } catch (error) {
    return { error: `the text cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const frontmatter = tree.type === 'root' ? tree.children[0] : undefined;
  if (frontmatter?.type === 'yaml') {
    // The values start below the opening "---".
    const read = readValues(page, frontmatter.value, (frontmatter.position?.start.line ?? 0) + 1, 'frontmatter');
    if ('error' in read) return read;
  }
  readBody(page, tree, source);
  return page;
}

/** Each string value of the YAML `text`, as a block by its top-level field, with the line of each character. */
function readValues(page: PageText, text: string, firstLine: number, what: string): PageText | { error: string } {
  const read = readYaml(text, firstLine);
  if ('error' in read) return { error: `the ${what} cannot be read: ${read.error}` };
  const data: unknown = read.document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { error: `the ${what} is not a list of fields` };
  page.data = data as Record<string, unknown>;
  const visit = (node: unknown, field: string | undefined) => {
    if (isScalar(node) && typeof node.value === 'string' && node.range) {
      // A lone line break becomes a space, so a wrapped sentence stays one; a blank line still ends one.
      const words = node.value.replace(/(?<!\n)\n(?!\n)/g, ' ');
      page.blocks.push({ text: words, lines: valueLines(node.value, text, node.range, read.lineOf), field });
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, field);
    } else if (isMap(node)) {
      for (const { key, value } of node.items) {
        const name = isScalar(key) ? String(key.value) : '';
        if (field !== undefined || !NOT_WORDS.has(name)) visit(value, field ?? name);
      }
    }
  };
  visit(read.document.contents, undefined);
  return page;
}

/**
 * The line of each character of a value, found by walking the value's own
 * span of the YAML in step with it: quotes, indentation and line breaks
 * aside, a value's characters stand in the text in the order it has them.
 */
function valueLines(
  value: string,
  text: string,
  [start, end]: readonly [number, number, number],
  lineOf: (offset: number) => number,
): number[] {
  let at = start;
  // One line for each UTF-16 unit, as text.length counts them.
  return [...value].flatMap((char) => {
    const found = char.trim() === '' ? -1 : text.indexOf(char, at);
    const here = found >= 0 && found < end ? found : at;
    if (here === found) at = found + char.length;
    return Array<number>(char.length).fill(lineOf(here));
  });
}

/** Inline content: a building block that holds it with no paragraph around it is read as a paragraph. */
const PHRASING = new Set([
  'text',
  'inlineCode',
  'break',
  'emphasis',
  'strong',
  'delete',
  'link',
  'image',
  'mdxJsxTextElement',
]);

type Block = { text: string; lines: number[] };

/** Adds `text`, which starts on `line`, to the block: a line break in it as a space. */
function append(block: Block | undefined, text: string, line: number): void {
  if (!block) return;
  for (const char of text) {
    block.text += char === '\n' ? ' ' : char;
    block.lines.push(...Array<number>(char.length).fill(line));
    if (char === '\n') line++;
  }
}

/** The blocks, links and images of the text below the frontmatter, from the tree. */
function readBody(page: PageText, tree: MdastNode, source: string): void {
  const visit = (node: MdastNode, block: Block | undefined) => {
    const line = node.position?.start.line ?? 0;
    if (UNREAD.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') return append(block, node.value, line);
    if (node.type === 'break') return append(block, ' ', line);
    if (node.type === 'image') {
      if (node.alt?.trim()) return append(block, node.alt, line);
      return void page.imagesWithoutAlt.push({ line, markup: markupOf(node, source) });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' ? [attribute] : [],
      );
      if (node.name === 'img' && !attributes.some(({ name }) => name === 'alt')) {
        page.imagesWithoutAlt.push({ line, markup: markupOf(node, source) });
      }
      for (const { name, value } of attributes) {
        if (typeof value !== 'string' || !SHOWN_ATTRIBUTES.has(name)) continue;
        page.blocks.push({
          text: value,
          lines: Array<number>(value.length).fill(lineOfAttribute(node, name, source) ?? line),
        });
      }
    }
    if (!('children' in node)) return;
    const opens =
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'tableCell' ||
      (node.type === 'mdxJsxFlowElement' && node.children.some((child) => PHRASING.has(child.type)));
    const into = opens ? { text: '', lines: [] } : block;
    const linkStart = into?.text.length ?? 0;
    for (const child of node.children) visit(child, into);
    if (node.type === 'link' && into) page.links.push({ line, text: into.text.slice(linkStart).trim() });
    if (opens && into) page.blocks.push({ ...into, depth: node.type === 'heading' ? node.depth : 0 });
  };
  visit(tree, undefined);
}

/** A node as the editor wrote it. */
function markupOf(node: MdastNode, source: string): string {
  return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The line of an attribute, by where `name=` stands in the element's own opening tag: the tree gives attributes no position. */
function lineOfAttribute(node: MdastNode, name: string, source: string): number | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return undefined;
  const firstChild = 'children' in node ? node.children[0]?.position?.start.offset : undefined;
  const tag = source.slice(start.offset, firstChild ?? node.position?.end.offset);
  const at = new RegExp(`\\s${name}\\s*=`).exec(tag)?.index;
  return at === undefined ? undefined : start.line + (tag.slice(0, at + 1).match(/\n/g)?.length ?? 0);
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of the blocks, each with the line it starts on. A heading or
 * a list item is a sentence even without a full stop, as a reader takes it
 * in one go.
 */
export function sentencesOf(blocks: readonly TextBlock[]): Sentence[] {
  return blocks.flatMap(({ text, lines, field }) =>
    [...SENTENCES.segment(text)].flatMap(({ segment, index }) =>
      /[A-Za-z]/.test(segment) ? [{ line: lines[index + segment.search(/\S/)] ?? 0, text: segment.trim(), field }] : [],
    ),
  );
}
