import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/*
 * The README and docs/ name files and folders of the repository for the
 * next maintainer to open. Each name in `code` that starts with a folder
 * of the repository must exist, so the docs cannot drift from the code
 * when a file is renamed or deleted. Patterns (`*`, `<name>`, `…`) and the
 * build's own output (dist/) are not paths to check, nor the folder the
 * browser editor makes for the first image an editor uploads, nor the one
 * an association makes for its events (the general guide has none).
 */
const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
const MADE_LATER = new Set(['public/images/', 'content/events/']);
const FOLDERS = ['src/', 'tests/', 'scripts/', 'content/', 'public/', 'docs/', 'deploy/', '.ci/', '.github/'];

/** Every repository path the document names in backticks, without a line number or a trailing slash's dot. */
function namedPaths(markdown: string): string[] {
  const paths = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => (match[1] ?? '').replace(/:\d+$/, ''));
  return paths.filter(
    (path) =>
      FOLDERS.some((folder) => path.startsWith(folder)) &&
      !/[*<>…{}|]|\.\.\./.test(path) &&
      !path.includes('dist/') &&
      !MADE_LATER.has(path),
  );
}

describe.each(DOCS)('%s', (doc) => {
  test('names only paths that exist', () => {
    const missing = [...new Set(namedPaths(readFileSync(doc, 'utf8')))].filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });
});

test('the architecture map names every integration, every browser module and every script', () => {
  const map = readFileSync('docs/ARCHITECTURE.md', 'utf8');
  const files = ['src/integrations', 'src/client', 'scripts', 'scripts/bench'].flatMap((folder) =>
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name),
  );
  expect(files.filter((name) => !map.includes(name))).toEqual([]);
});
