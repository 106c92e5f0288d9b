import { describe, expect, test } from 'vitest';
import { calculate } from '../../../src/lib/valueCalculator/calculate.ts';
import { fromSearchParams, toSearchParams } from '../../../src/lib/valueCalculator/searchParams.ts';
import { emptyItem } from '../../../src/lib/valueCalculator/valueInput.ts';
import { startingValueInput as input } from '../../support/startingValueInput.ts';

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
