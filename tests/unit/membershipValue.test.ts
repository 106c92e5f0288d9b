import { describe, expect, test } from 'vitest';
import {
  calculate,
  currencyForLocale,
  emptyItem,
  formatMoney,
  fromSearchParams,
  parseAmount,
  parseTimes,
  resultAsText,
  toSearchParams,
  type ValueInput,
} from '../../src/lib/valueCalculator/membershipValue.ts';

const input = (change: Partial<ValueInput> = {}): ValueInput => ({
  currency: 'USD',
  dues: '',
  employer: '',
  items: [emptyItem('conference'), emptyItem('course'), emptyItem('webinar')],
  ...change,
});

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

describe('calculate', () => {
  test('adds up cost, savings and net value, in exact hundredths', () => {
    const { errors, result } = calculate(
      input({
        dues: '120.10',
        employer: '20.10',
        items: [
          { kind: 'conference', name: 'Spring meeting', times: '1', member: '80', other: '150.20' },
          { kind: 'webinar', name: '', times: '3', member: '0.10', other: '0.30' },
          emptyItem('course'),
        ],
      }),
    );
    expect(errors).toEqual({});
    expect(result).toMatchObject({ dues: 12010, employer: 2010, yourCost: 10000, savings: 7080, net: -2920 });
    expect(result?.items.map((item) => item.saving)).toEqual([7020, 60]);
    expect(result?.hasFigures).toBe(true);
  });

  test('an empty form is valid and says it has no figures yet', () => {
    const { errors, result } = calculate(input());
    expect(errors).toEqual({});
    expect(result).toMatchObject({ yourCost: 0, savings: 0, net: 0, hasFigures: false, items: [] });
  });

  test('each invalid field gets its own message, and there is no result to show NaN from', () => {
    const { errors, result } = calculate(
      input({
        dues: 'abc',
        employer: '-5',
        items: [{ kind: 'course', name: '', times: 'x', member: '10', other: '20' }, emptyItem(), emptyItem()],
      }),
    );
    expect(result).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['dues', 'employer', 'i1-times']);
  });

  test('a row needs both prices and a count, and the member price may not be the higher one', () => {
    const errorsFor = (item: ValueInput['items'][number]) => calculate(input({ items: [item] })).errors;
    expect(errorsFor({ kind: 'course', name: '', times: '1', member: '10', other: '' })).toHaveProperty('i1-other');
    expect(errorsFor({ kind: 'course', name: '', times: '1', member: '', other: '10' })['i1-member']).toMatch(
      /Enter 0 if it is free/,
    );
    expect(errorsFor({ kind: 'course', name: '', times: '', member: '5', other: '10' })).toHaveProperty('i1-times');
    expect(errorsFor({ kind: 'course', name: '', times: '1', member: '20', other: '10' })['i1-member']).toMatch(
      /right way round/,
    );
  });

  test('a currency without cents takes whole numbers only', () => {
    expect(calculate(input({ currency: 'JPY', dues: '1200.50' })).errors.dues).toMatch(/whole number/);
    expect(calculate(input({ currency: 'JPY', dues: '1,200' })).result?.yourCost).toBe(120000);
    expect(calculate(input({ currency: 'USD', dues: '1200.50' })).errors.dues).toBeUndefined();
  });

  test('an employer share without dues asks for the dues, never a negative cost', () => {
    const { errors, result } = calculate(input({ employer: '50' }));
    expect(errors.employer).toMatch(/Enter the yearly dues first/);
    expect(result).toBeUndefined();
    expect(calculate(input({ employer: '0' })).errors.employer).toBeUndefined();
  });

  test('the employer cannot pay more than the dues', () => {
    expect(calculate(input({ dues: '50', employer: '60' })).errors.employer).toMatch(/more than the dues/);
  });

  test('a row with only a name is ignored', () => {
    const { result } = calculate(input({ items: [{ ...emptyItem(), name: 'Maybe later' }] }));
    expect(result?.items).toEqual([]);
  });
});

describe('formatting and text', () => {
  test('money follows the locale and the currency', () => {
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(123400, 'JPY', 'en-US')).toBe('¥1,234');
  });

  test('the result as text has the breakdown, the totals, what they mean and the link', () => {
    const { result } = calculate(
      input({
        dues: '100',
        items: [{ kind: 'conference', name: 'Spring meeting', times: '2', member: '50', other: '100' }],
      }),
    );
    if (!result) throw new Error('expected a result');
    const text = resultAsText(result, 'en-US', 'https://site.example/value/?dues=100');
    expect(text).toContain('Yearly cost to me: $100.00');
    expect(text).toContain(
      '- Conference: Spring meeting, 2 times a year: $50.00 for members instead of $100.00, saving $100.00',
    );
    expect(text).toContain('Yearly savings: $100.00');
    expect(text).toContain('Net value: $0.00 a year');
    expect(text).toContain('saves you as much as it costs you');
    expect(text).toContain('Worked out with: https://site.example/value/?dues=100');
    expect(text).not.toMatch(/NaN|undefined/);
  });
});

describe('the address keeps the inputs', () => {
  test('round trip: what was typed comes back exactly, errors included', () => {
    const typed = input({
      currency: 'EUR',
      dues: '120,50',
      employer: 'abc',
      items: [
        emptyItem('conference'),
        { kind: 'publication', name: 'Journal & news', times: '1', member: '0', other: '45' },
        emptyItem('webinar'),
        { kind: 'other', name: 'Fourth', times: '2', member: '1', other: '2' },
      ],
    });
    const params = new URLSearchParams(toSearchParams(typed).toString());
    expect(fromSearchParams(params, 'USD')).toEqual({
      ...typed,
      items: [emptyItem('conference'), typed.items[1], emptyItem('webinar'), typed.items[3]],
    });
  });

  test('only what was typed goes in the address', () => {
    expect(toSearchParams(input({ dues: '90' })).toString()).toBe('currency=USD&dues=90');
  });

  test('a malformed or hostile address opens a working calculator', () => {
    const params = new URLSearchParams(
      `currency=XXX&dues=${'9'.repeat(500)}&i99-member=5&i2-kind=<script>&i0-other=1&i3-name=${'x'.repeat(500)}`,
    );
    const read = fromSearchParams(params, 'GBP');
    expect(read.currency).toBe('GBP');
    expect(read.dues.length).toBe(80);
    expect(read.items).toHaveLength(3);
    expect(read.items[1]?.kind).toBe('course');
    expect(read.items[2]?.name.length).toBe(80);
    expect(calculate(read).errors.dues).toMatch(/no bigger than/);
  });
});

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
