import { expect, test } from 'vitest';
import { currencyForLocale } from '../../../src/lib/valueCalculator/currencyForLocale.ts';

test.each([
  ['en-US', 'USD'],
  ['en-GB', 'GBP'],
  ['de-DE', 'EUR'],
  ['fr', 'EUR'],
  ['el-GR', 'EUR'],
  ['sk', 'EUR'],
  ['et-EE', 'EUR'],
  ['en', 'USD'],
  ['ja', 'JPY'],
  ['xx-invalid-', 'USD'],
  [undefined, 'USD'],
])('guesses the currency for %s as %s', (locale, currency) => {
  expect(currencyForLocale(locale)).toBe(currency);
});
