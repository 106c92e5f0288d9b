import { expect, test } from 'vitest';
import { interfaceTexts } from '../../src/lib/writingCheck/reviewWording.ts';
import * as strings from '../../src/strings.ts';

/*
 * The interface's words (src/strings.ts) are outside content/. The writing
 * check (npm run check:content) holds them to its wording rules; the
 * client's copy rule on discounts is held here.
 */
test('the interface’s words claim no member discount', () => {
  const claims = interfaceTexts(strings).filter(({ text }) =>
    /member(?:s['’])? prices?|discount|cheaper for members|non-member/i.test(text),
  );
  expect(claims).toEqual([]);
});
