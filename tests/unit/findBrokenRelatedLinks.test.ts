import { describe, expect, test } from 'vitest';
import { findBrokenRelatedLinks } from '../../src/lib/contentChecks/findBrokenRelatedLinks.ts';
import { contentFilesIn, readFrontmatter } from '../support/contentFiles.ts';

const entry = (id: string, related: string[]) => ({ id, filePath: `content/benefits/${id}.mdx`, related });

describe('findBrokenRelatedLinks', () => {
  test('is empty when every related benefit exists', () => {
    expect(findBrokenRelatedLinks([entry('a', ['b']), entry('b', ['a'])])).toEqual([]);
  });

  test('names the file, the field, the missing benefit and the ones that exist', () => {
    expect(findBrokenRelatedLinks([entry('a', ['networking-events']), entry('b', [])])).toEqual([
      'content/benefits/a.mdx: related: there is no benefit called "networking-events". Use the file name of another benefit without .mdx (one of: a, b), or remove it',
    ]);
  });

  test('rejects a page that lists itself', () => {
    expect(findBrokenRelatedLinks([entry('a', ['a'])])).toEqual([
      'content/benefits/a.mdx: related: "a" is this page itself; remove it from the list',
    ]);
  });

  test('the real content links only to benefits that exist', () => {
    const entries = contentFilesIn('content/benefits').map((file) => {
      const id = file.replace(/^.*\/|\.mdx?$/g, '');
      return { id, filePath: file, related: (readFrontmatter(file)['related'] ?? []) as string[] };
    });
    expect(findBrokenRelatedLinks(entries)).toEqual([]);
  });
});
