import { describe, expect, test } from 'vitest';
import { calculate } from '../../../src/lib/valueCalculator/calculate.ts';
import { emptyItem, type ValueInput } from '../../../src/lib/valueCalculator/valueInput.ts';
import { startingValueInput as input } from '../../support/startingValueInput.ts';

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
        items: [
          { kind: 'course', name: '', times: 'x', member: '10', other: '20' },
          emptyItem('conference'),
          emptyItem('conference'),
        ],
      }),
    );
    expect(result).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['dues', 'employer', 'i1-times']);
  });

  test('a row needs both prices and a count, and the price through the association may not be the higher one', () => {
    const errorsFor = (item: ValueInput['items'][number]) => calculate(input({ items: [item] })).errors;
    expect(errorsFor({ kind: 'course', name: '', times: '1', member: '10', other: '' })).toHaveProperty('i1-other');
    expect(errorsFor({ kind: 'course', name: '', times: '1', member: '', other: '10' })['i1-member']).toMatch(
      /Enter 0 if membership includes it/,
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
    const { result } = calculate(input({ items: [{ ...emptyItem('conference'), name: 'Maybe later' }] }));
    expect(result?.items).toEqual([]);
  });
});
