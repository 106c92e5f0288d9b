import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToMdast, mdxToMdast, type MdastNode, type MdastPluginEntry } from 'satteri';
import { CONTENT_COMPONENT_PROPS } from '../content/contentComponents.ts';
import { findForbiddenContent } from './findForbiddenContent.ts';
import { shownPath } from './findSymbolicLinks.ts';

/*
 * Every file in the content folder is held to the allow-list in
 * findForbiddenContent.ts at two moments, with the one rule: when the
 * content is synced (findContentProblems, every file at once, so an editor
 * sees every problem in one go), and when the Markdown processor compiles a
 * file (contentAllowList, which under `astro dev` is the only moment a
 * changed file passes). Files outside the content folder (the site's own
 * pages) are not checked.
 */

/** The Markdown processor's plugin: stops the build at the first file with a problem, before MDX is compiled or anything rendered. */
export function contentAllowList(contentDir: string): MdastPluginEntry {
  const folder = resolve(contentDir) + sep;
  return ({ fileURL, source }) => {
    const path = fileURL?.protocol === 'file:' ? fileURLToPath(fileURL) : undefined;
    if (!path?.startsWith(folder)) return null;
    return {
      name: 'content-allow-list',
      options: { position: true },
      before(root) {
        const problems = problemsIn(path, source, root);
        const [first] = problems;
        if (!first) return;
        const error = new Error(
          `${shownPath(path)} has content that pages may not hold (see "What a page may contain" in content/README.md):\n${problems.map(({ message }) => `  - ${message}`).join('\n')}`,
        );
        // Read by the MDX integration, so Astro's own "Location:" line and error overlay point at the first problem.
        throw first.line === undefined ? error : Object.assign(error, { line: first.line, column: 1 });
      },
    };
  };
}

/**
 * What the allow-list refuses in one content file (`path`, whose text after
 * the frontmatter is `body`), parsed as the build parses it: one line per
 * problem, each naming the file and its line.
 */
export function findContentProblems(path: string, body: string): string[] {
  let tree: MdastNode;
  try {
    tree = contentTree(path, body);
  } catch {
    // MDX that does not parse (an unclosed {) is reported by the compiler, with its line, when the page is built.
    return [];
  }
  return problemsIn(path, body, tree).map(({ message }) => message);
}

/**
 * A content file's text (`path` says whether it is MDX or Markdown) as the
 * build parses it: the mdast tree, every node with its position. A text
 * that starts with frontmatter keeps it as the tree's first node, so the
 * positions are the file's. Throws on MDX that does not parse.
 */
export function contentTree(path: string, text: string): MdastNode {
  return (path.endsWith('.mdx') ? mdxToMdast : markdownToMdast)(text, { features: { gfm: true } });
}

/** The allow-list's problems in `tree`, parsed from `parsed`, with the lines of the file at `path`, each message naming both. */
function problemsIn(path: string, parsed: string, tree: MdastNode): { line: number | undefined; message: string }[] {
  const problems = findForbiddenContent(tree, CONTENT_COMPONENT_PROPS);
  if (problems.length === 0) return [];
  // MDX files are parsed with the frontmatter blanked out, so lines match the file; Markdown files and the
  // content sync parse the body alone, so the frontmatter's lines are added back.
  const file = readFileSync(path, 'utf8');
  const start = file.indexOf(parsed);
  const offset = start <= 0 ? 0 : file.slice(0, start).split('\n').length - 1;
  return problems.map(({ line, message }) => {
    const at = line === undefined ? undefined : line + offset;
    return { line: at, message: `${shownPath(path)}${at === undefined ? '' : `:${at}`}: ${message}` };
  });
}
