import { describe, expect, test } from 'vitest';
import { InTurn } from '../../src/lib/inTurn.ts';

describe('InTurn', () => {
  test('hands things on in the order they started, whatever order they finish in', () => {
    const pages = new InTurn<string>();
    expect(pages.finish(2, 'c')).toEqual([]);
    expect(pages.finish(1, 'b')).toEqual([]);
    expect(pages.waiting).toBe(2);
    expect(pages.finish(0, 'a')).toEqual(['a', 'b', 'c']);
    expect(pages.finish(3, 'd')).toEqual(['d']);
    expect(pages.waiting).toBe(0);
  });

  test('keeps the turn of something that is not handed on', () => {
    const pages = new InTurn<string>();
    expect(pages.finish(1, 'b')).toEqual([]);
    expect(pages.finish(0, null)).toEqual(['b']);
  });

  test('refuses a turn finished twice, which would hand a page on twice', () => {
    const pages = new InTurn<string>();
    pages.finish(0, 'a');
    expect(() => pages.finish(0, 'a')).toThrow(/twice/);
    pages.finish(2, 'c');
    expect(() => pages.finish(2, 'c')).toThrow(/twice/);
  });
});
