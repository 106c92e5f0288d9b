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

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

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
 * Puts `data` into `doc` at `path`, touching only what differs: a map is
 * updated key by key, so unchanged keys keep their lines and comments.
 */
function patch(doc: Document, path: readonly string[], value: unknown): void {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const current: unknown = isNode(node) ? node.toJS(doc) : node;
  if (isPlainObject(value) && isMap(node)) {
    const before = isPlainObject(current) ? current : {};
    for (const key of Object.keys(before)) {
      if (!(key in value) || isEmpty(value[key])) {
        if (!isEmpty(before[key]) || !(key in value)) doc.deleteIn([...path, key]);
      }
    }
    for (const [key, next] of Object.entries(value)) {
      if (key in before) {
        if (!sameValue(before[key], next) && !isEmpty(next)) patch(doc, [...path, key], next);
      } else if (!isEmpty(next)) {
        doc.setIn([...path, key], doc.createNode(next));
      }
    }
    return;
  }
  if (sameValue(current, value) || path.length === 0) return;
  doc.setIn(path, doc.createNode(value));
}

function withoutEmpty(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => !isEmpty(value)));
}

/** YAML text for `data`, keeping as much of `source` (the text as read, if any) as the changes allow. */
function toYaml(data: Data, source?: string): string {
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => key !== SOURCE_KEY));
  const doc = source === undefined ? undefined : parseDocument(source);
  // A new file, or one whose frontmatter was not a list of fields: written whole, in the files' style.
  if (!doc || !isMap(doc.contents)) {
    const fresh =
      Object.keys(withoutEmpty(fields)).length === 0
        ? ''
        : new Document(withoutEmpty(fields)).toString(NEW_NODE_OPTIONS);
    return fresh;
  }
  patch(doc, [], fields);
  return doc.toString(NEW_NODE_OPTIONS);
}

/** A YAML file (content/site/site.yaml): its fields, and its text kept under SOURCE_KEY. */
export function yamlFromFile(text: string): Data {
  const data = parseDocument(text).toJS() as unknown;
  return { ...(isPlainObject(data) ? data : {}), [SOURCE_KEY]: text };
}

export function yamlToFile(data: Data): string {
  const source = data[SOURCE_KEY];
  return toYaml(data, typeof source === 'string' ? source : undefined);
}

/**
 * An MDX file: the frontmatter's fields, and the text below it as `body`,
 * exactly as written (components such as <Callout> stay as they are).
 */
export function mdxFromFile(text: string): Data {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text };
  const yaml = match[1] ?? '';
  const rest = text.slice(match[0].length);
  // The blank line after the frontmatter is the file's, not the text's.
  const body = rest.startsWith('\n') ? rest.slice(1) : rest;
  const data = parseDocument(yaml).toJS() as unknown;
  return { ...(isPlainObject(data) ? data : {}), body, [SOURCE_KEY]: yaml };
}

export function mdxToFile(data: Data): string {
  const { body, ...fields } = data;
  const source = fields[SOURCE_KEY];
  const yaml = toYaml(fields, typeof source === 'string' ? source : undefined);
  const text = typeof body === 'string' ? body : '';
  // A file with no text ends at the frontmatter; otherwise a blank line, the text, and one line end.
  if (text.trim() === '') return `${FENCE}${yaml}${FENCE}`;
  return `${FENCE}${yaml}${FENCE}\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
