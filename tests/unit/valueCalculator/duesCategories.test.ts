import { expect, test } from 'vitest';
import { duesFigure } from '../../../src/lib/valueCalculator/duesCategories.ts';
import { parseMoney } from '../../../src/lib/valueCalculator/parseMoney.ts';

/*
 * An association's dues categories in the calculator: each option's value is its yearly figure, which
 * choosing it puts in the dues field, and which the list looks for there to show the category chosen.
 */
test('a category’s amount goes in the dues field as a plain figure, which the calculator reads as that amount', () => {
  expect([25, 40, 0, 1250, 37.5, 99.99].map(duesFigure)).toEqual(['25', '40', '0', '1250', '37.50', '99.99']);
  for (const amount of [25, 0, 1250, 37.5, 99.99, 100_000]) {
    expect(parseMoney(duesFigure(amount), 'USD')).toEqual({ ok: true, value: Math.round(amount * 100) });
  }
});
