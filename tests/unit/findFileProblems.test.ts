import { describe, expect, test } from 'vitest';
import {
  findFileProblems,
  firstInvalidUtf8Byte,
  MAX_CONTENT_FILE_BYTES,
} from '../../src/lib/contentChecks/findFileProblems.ts';

const text = (path: string, body = '---\ntitle: A page\n---\n') => ({ path, bytes: new TextEncoder().encode(body) });

describe('findFileProblems', () => {
  test('is empty for one UTF-8 file per page, directly in the folder', () => {
    expect(
      findFileProblems(
        [text('training.mdx'), text('join.md'), text('cafe-2.mdx', 'Un café, s’il vous plaît 😀')],
        'content/benefits',
      ),
    ).toEqual([]);
  });

  test('names a file too long to be a page, with its size and the limit', () => {
    const long = text('long.mdx', `---\ntitle: Long\n---\n${'A sentence of text. '.repeat(260_000)}`);
    expect(findFileProblems([long], 'content/benefits')).toEqual([
      'content/benefits/long.mdx is 5,201 KB, over the 200 KB a page may be: split it into pages of its own, or move a long document to public/ and link to it',
    ]);
    expect(findFileProblems([text('ok.mdx', 'x'.repeat(MAX_CONTENT_FILE_BYTES))], 'content/benefits')).toEqual([]);
  });

  test('names both files that would make the same page', () => {
    expect(findFileProblems([text('training.md'), text('training.mdx')], 'content/benefits')).toEqual([
      'content/benefits/training.md and content/benefits/training.mdx would both make the page "training": a page has one file. Keep one and delete or rename the other',
    ]);
    // Training.mdx also breaks the rule for page names.
    expect(findFileProblems([text('Training.mdx'), text('training.mdx')], 'content/benefits')).toHaveLength(2);
  });

  test('names a file in a subfolder and where to move it', () => {
    expect(findFileProblems([text('guides/training.mdx')], 'content/benefits')).toEqual([
      "content/benefits/guides/training.mdx is in a subfolder: the file name is the page's address, so pages sit directly in content/benefits/. Move it to content/benefits/training.mdx, or start its name with _ to keep it as a note",
    ]);
  });

  test('names a file that is not UTF-8, with the offset and line of the first bad byte', () => {
    // "Café" saved in Windows-1252 on line 2: the é is the single byte 0xE9.
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\nCaf'), 0xe9, 0x0a]);
    expect(findFileProblems([{ path: 'latin.mdx', bytes }], 'content/pages')).toEqual([
      'content/pages/latin.mdx is not saved as UTF-8 text: the first byte that is not UTF-8 is at byte offset 7 (line 2). Save the file again with the encoding UTF-8 (your editor\'s "Save with encoding" or "Reopen with encoding" menu)',
    ]);
  });
});

describe('firstInvalidUtf8Byte', () => {
  test.each([
    ['plain text', [0x61, 0x62], undefined],
    ['two-, three- and four-byte characters', [...new TextEncoder().encode('é€😀')], undefined],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a character cut short, at its first byte', [0x61, 0xe2, 0x82], 1],
    ['an overlong form of "/"', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a byte UTF-8 never uses', [0x61, 0xff], 1],
    ['a byte UTF-8 never uses, after a U+FFFD the file holds', [...new TextEncoder().encode('\uFFFD\uFFFD'), 0xff], 6],
  ])('%s', (_, bytes, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
    // The platform's strict decoder agrees on whether the bytes are UTF-8.
    const decodes = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
        return true;
      } catch {
        return false;
      }
    })();
    expect(decodes).toBe(offset === undefined);
  });
});

describe('page names', () => {
  test.each([
    ['training~.mdx', '"~" (U+007E)', 'training.mdx'],
    ['train\u200bing.mdx', 'a zero-width space (U+200B)', 'training.mdx'],
    ['Café Tips.mdx', '"C" (U+0043)', 'cafe-tips.mdx'],
    ['join\u202egnp.mdx', 'a right-to-left override (U+202E)', 'joingnp.mdx'],
    ['-join.md', 'a hyphen at the start or end, or two in a row', 'join.md'],
  ])('%s is refused, naming the character and a name to use', (path, what, suggestion) => {
    const [problem] = findFileProblems([text(path)], 'content/benefits');
    expect(problem).toContain(`content/benefits/${path}: the file name is the page's address`);
    expect(problem).toContain(`it has ${what}. Rename the file to ${suggestion}`);
  });

  test('the site folder keeps its own fixed names', () => {
    expect(findFileProblems([text('README.md')], 'content/site', { namesArePages: false })).toEqual([]);
  });
});
