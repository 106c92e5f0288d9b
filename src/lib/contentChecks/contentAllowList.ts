import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { CONTENT_COMPONENT_PROPS } from '../content/contentComponents.ts';
import { findForbiddenContent, type ContentNode } from './findForbiddenContent.ts';

/**
 * The Markdown processor's plugin that holds every file in the content folder
 * to the allow-list in findForbiddenContent.ts. It runs on the parsed tree,
 * before MDX is compiled and before anything is rendered, and stops the build
 * with one line per problem: file, line, what was found and what to do.
 * Files outside the content folder (the site's own pages) are not checked.
 */
export function contentAllowList(contentDir: string): MdastPluginEntry {
  const folder = resolve(contentDir) + sep;
  return ({ fileURL, source }) => {
    const path = fileURL?.protocol === 'file:' ? fileURLToPath(fileURL) : undefined;
    if (!path?.startsWith(folder)) return null;
    return {
      name: 'content-allow-list',
      options: { position: true },
      before(root) {
        const problems = findForbiddenContent(root as ContentNode, CONTENT_COMPONENT_PROPS);
        if (problems.length === 0) return;
        const shown = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
        const offset = bodyLineOffset(path, source);
        const error = new Error(
          `${shown} has content that pages may not hold (see "What a page may contain" in content/README.md):\n${problems
            .map(({ line, message }) => `  - ${shown}${line === undefined ? '' : `:${line + offset}`}: ${message}`)
            .join('\n')}`,
        );
        // Read by the MDX integration, so Astro's own "Location:" line and error overlay point at the first problem.
        const first = problems[0]?.line;
        throw first === undefined ? error : Object.assign(error, { line: first + offset, column: 1 });
      },
    };
  };
}

/**
 * Lines above the text the parser was given. MDX files are parsed with the
 * frontmatter blanked out, so lines match the file; Markdown files are parsed
 * from the body alone, so the frontmatter's lines are added back.
 */
function bodyLineOffset(path: string, source: string): number {
  const file = readFileSync(path, 'utf8');
  const start = file.indexOf(source);
  return start <= 0 ? 0 : file.slice(0, start).split('\n').length - 1;
}
