import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/contentChecks/readFrontmatter.ts';

test('reads good frontmatter', () => {
  expect(readFrontmatter('---\ntitle: Get training\n---\nBody')).toEqual({ data: { title: 'Get training' } });
});

test('turns a YAML error into advice instead of throwing', () => {
  const result = readFrontmatter(readFileSync('tests/fixtures/bad-content/colon-without-quotes.mdx', 'utf8'));
  expect(result).toEqual({
    error: expect.stringMatching(
      /^line 6: Nested mappings are not allowed.*must be in quotes, for example title: "Training/,
    ),
  });
});

test('a file without fields reads as empty', () => {
  expect(readFrontmatter('# Just text')).toEqual({ data: {} });
});
