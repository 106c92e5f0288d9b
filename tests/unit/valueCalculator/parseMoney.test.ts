import { describe, expect, test } from 'vitest';
import { parseAmount, parseTimes } from '../../../src/lib/valueCalculator/parseMoney.ts';

describe('parseAmount', () => {
  test.each([
    ['120', 12000],
    ['120.5', 12050],
    ['120.50', 12050],
    ['120,50', 12050],
    ['1,234.50', 123450],
    ['1.234,50', 123450],
    ['1 234,50', 123450],
    ['1\u202f234,50', 123450],
    ["1'234.50", 123450],
    ['1,234', 123400],
    ['1,23,456.78', 12345678],
    ['$120', 12000],
    ['120 €', 12000],
    ['0', 0],
    ['  75  ', 7500],
    ['1000000', 100000000],
  ])('reads %j as %i hundredths', (raw, hundredths) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: hundredths });
  });

  test('reads empty text as "not given", not zero', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: undefined });
    expect(parseAmount('   ')).toEqual({ ok: true, value: undefined });
  });

  test.each(['abc', '12abc', '1.2.3', '1,2345', '12.', 'NaN', 'Infinity', '1e5', '0x10', '1,234,56', '0,125', '--5'])(
    'refuses %j with a plain message',
    (raw) => {
      expect(parseAmount(raw)).toEqual({ ok: false, error: 'Enter a number, such as 120 or 120.50, with no letters.' });
    },
  );

  test.each(['-5', '−5', '-1,234.50'])('refuses the negative %j and says why', (raw) => {
    expect(parseAmount(raw)).toEqual({ ok: false, error: 'Enter an amount of 0 or more, without a minus sign.' });
  });

  test('refuses huge values with the limit', () => {
    expect(parseAmount('1000000.01')).toEqual({ ok: false, error: 'Enter an amount no bigger than 1,000,000.' });
    expect(parseAmount('9'.repeat(400))).toMatchObject({ ok: false });
  });
});

describe('parseTimes', () => {
  test.each([
    ['1', 1],
    ['0', 0],
    ['365', 365],
    ['', undefined],
  ])('reads %j', (raw, value) => {
    expect(parseTimes(raw)).toEqual({ ok: true, value });
  });

  test.each([
    ['1.5', /whole number/],
    ['two', /whole number/],
    ['-1', /without a minus sign/],
    ['366', /365 or fewer/],
  ])('refuses %j', (raw, message) => {
    const parsed = parseTimes(raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(message);
  });
});
