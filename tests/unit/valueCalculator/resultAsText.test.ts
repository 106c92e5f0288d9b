import { describe, expect, test } from 'vitest';
import { calculate } from '../../../src/lib/valueCalculator/calculate.ts';
import { formatMoney, resultAsText } from '../../../src/lib/valueCalculator/resultAsText.ts';
import { startingValueInput as input } from '../../support/startingValueInput.ts';

describe('formatting and text', () => {
  test('money follows the locale and the currency', () => {
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(123400, 'JPY', 'en-US')).toBe('¥1,234');
  });

  test('a loss is written with the true minus sign in every locale, as the breakdown writes it', () => {
    expect(formatMoney(-3000, 'USD', 'en-US')).toBe('\u2212$30.00');
    expect(formatMoney(-12000, 'EUR', 'de-DE')).toBe('\u2212120,00\u00a0€');
    expect(formatMoney(-12000, 'EUR', 'en-IE')).toBe('\u2212€120.00');
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
      '- Conference: Spring meeting, 2 times a year: $50.00 through the association instead of $100.00 elsewhere, saving $100.00',
    );
    expect(text).toContain('Yearly savings: $100.00');
    expect(text).toContain('Net value: $0.00 a year');
    expect(text).toContain('saves you as much as it costs you');
    expect(text).toContain('Worked out with: https://site.example/value/?dues=100');
    expect(text).not.toMatch(/NaN|undefined/);
  });
});
