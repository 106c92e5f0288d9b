import { Document, isMap, isNode, parseDocument } from 'yaml';

/*
 * How the browser editor (Decap CMS) reads and writes the content files: the
 * same code runs in the editor (src/client/cmsBoot.ts registers it as a
 * custom format) and in the round-trip test, so the test checks exactly what
 * a save writes.
 *
 * Decap's own frontmatter format rewrites every file it saves: it drops YAML
 * comments, folds lines at 80 columns and changes quotes. This one keeps the
 * file as it was and changes only the fields the editor changed: the text
 * read is kept with the entry (under SOURCE_KEY, which is never written), and
 * on save each field whose value is unchanged keeps its original lines,
 * comments and quotes. New files are written in the style of the existing ones:
 * one line per value, however long, list items indented under their field.
 */

/** The names under which src/client/cmsBoot.ts registers the two formats with Decap. */
export const MDX_FORMAT = 'mdx-frontmatter';
export const YAML_FORMAT = 'yaml-kept';

/** Where the text as read is kept with the entry's fields; Decap keeps keys it has no field for. */
export const SOURCE_KEY = '__source';

type Data = Record<string, unknown>;

/** Options for new values: no folding, lists indented under their key, plain strings where YAML allows. */
const NEW_NODE_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;

const FENCE = '---\n';

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Empty as the editor leaves an optional field it never showed a value for. */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.values(value).every(isEmpty))
  );
}

/**
 * Puts `value` into `doc` at `path`, touching only what differs: a map is
 * updated key by key, so unchanged keys keep their lines and comments.
 */
function patch(doc: Document, path: readonly string[], value: unknown): void {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const current: unknown = isNode(node) ? node.toJS(doc) : node;
  if (!isPlainObject(value) || !isMap(node)) {
    if (!sameValue(current, value)) doc.setIn(path, doc.createNode(value));
    return;
  }
  const before = isPlainObject(current) ? current : {};
  for (const key of Object.keys(before)) {
    // A field gone from the entry, or emptied in the form; one empty in the file and left so stays.
    if (!(key in value) || (isEmpty(value[key]) && !isEmpty(before[key]))) doc.deleteIn([...path, key]);
  }
  for (const [key, next] of Object.entries(value)) if (!isEmpty(next)) patch(doc, [...path, key], next);
}

/**
 * A YAML file, such as content/site/site.yaml, or the frontmatter of an MDX
 * file: the entry's fields, keeping as much of the text they were read from as
 * the changes allow.
 */
export function yamlToFile({ [SOURCE_KEY]: source, ...fields }: Data): string {
  const doc = typeof source === 'string' ? parseDocument(source) : undefined;
  if (doc && isMap(doc.contents)) {
    patch(doc, [], fields);
    return doc.toString(NEW_NODE_OPTIONS);
  }
  // A new file, or one whose frontmatter was not a list of fields: written whole, in the files' style.
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => !isEmpty(value)));
  return Object.keys(kept).length === 0 ? '' : new Document(kept).toString(NEW_NODE_OPTIONS);
}

/** The fields of a YAML text, and the text itself under SOURCE_KEY. */
export function yamlFromFile(yaml: string): Data {
  const data: unknown = parseDocument(yaml).toJS();
  return { ...(isPlainObject(data) ? data : {}), [SOURCE_KEY]: yaml };
}

/**
 * An MDX file: the frontmatter's fields, and the text below it as `body`,
 * exactly as written (components such as <Callout> stay as they are).
 */
export function mdxFromFile(text: string): Data {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text };
  const rest = text.slice(match[0].length);
  // The blank line after the frontmatter is the file's, not the text's.
  return { ...yamlFromFile(match[1] ?? ''), body: rest.startsWith('\n') ? rest.slice(1) : rest };
}

export function mdxToFile({ body, ...fields }: Data): string {
  const frontmatter = `${FENCE}${yamlToFile(fields)}${FENCE}`;
  const text = typeof body === 'string' ? body : '';
  // A file with no text ends at the frontmatter; otherwise a blank line, the text, and one line end.
  return text.trim() === '' ? frontmatter : `${frontmatter}\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
