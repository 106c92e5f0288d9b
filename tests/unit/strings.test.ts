import { describe, expect, test } from 'vitest';
import { britishForms, promiseWords } from '../../src/lib/writingCheck/wordChoice.ts';
import * as strings from '../../src/strings.ts';

/*
 * The interface's words (src/strings.ts) are outside content/, so the
 * writing check does not read them: they are held to the same rules here.
 */

/** Every text of the module, with where it is; words with a figure are called with examples. */
function textsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const examples = [1, 2].map((count) =>
      (value as (...args: unknown[]) => unknown)(
        ...Array.from({ length: value.length }, (_, index) => (index === 0 ? count : 'X')),
      ),
    );
    return examples.flatMap((example) => textsOf(example, `${path}()`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, `${path}.${key}`));
  }
  return [];
}

const texts = Object.entries(strings).flatMap(([name, section]) => textsOf(section, name));

describe('the interface’s words', () => {
  test('are read, all of them', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.map((each) => each.path)).toContain('valueCalculatorText.netCosts()');
  });

  test('promise nothing, and are US English', () => {
    const found = texts.flatMap(({ path, text }) =>
      [...promiseWords(text), ...britishForms(text)].map((finding) => `${path}: "${finding.word}"`),
    );
    expect(found).toEqual([]);
  });

  test('claim no member discount', () => {
    const claims = texts.filter(({ text }) =>
      /member(?:s['’])? prices?|discount|cheaper for members|non-member/i.test(text),
    );
    expect(claims).toEqual([]);
  });
});
