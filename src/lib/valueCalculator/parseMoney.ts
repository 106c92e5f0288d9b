/**
 * Reads what a visitor typed into the calculator's number fields, or says
 * in plain words why it cannot be used.
 *
 * Money is counted in hundredths (cents, pence) as whole numbers, so sums
 * never pick up floating-point dust such as 0.30000000000000004.
 */
import { valueCalculatorText } from '../../strings.ts';
import { MAX_AMOUNT, MAX_TIMES, type CurrencyCode } from './valueInput.ts';

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

const { errors } = valueCalculatorText;
const NOT_A_NUMBER = errors.notANumber;

/**
 * Reads an amount of money as people type it, in any common style:
 * `120`, `120.50`, `120,50`, `1,234.50`, `1.234,50`, `1 234,50`, `$120`.
 * The last `.` or `,` is the decimal mark when one or two digits follow it;
 * otherwise it groups thousands. Empty text is "not given", not zero.
 * Amounts are returned in hundredths.
 */
export function parseAmount(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/\p{Sc}/gu, '');
  if (/^[-−–]/.test(compact)) {
    return /^[-−–][\d.,]+$/.test(compact) ? { ok: false, error: errors.negative } : { ok: false, error: NOT_A_NUMBER };
  }
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return { ok: false, error: NOT_A_NUMBER };
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const decimals = lastMark >= 0 ? compact.slice(lastMark + 1) : '';
  const hasDecimal = lastMark >= 0 && decimals.length <= 2;
  const whole = hasDecimal ? compact.slice(0, lastMark) : compact;
  const groups = whole.split(/[.,]/);
  const marks = new Set(whole.match(/[.,]/g) ?? []);
  const wellGrouped =
    groups.length === 1 ||
    (marks.size === 1 &&
      /^[1-9]\d{0,2}$/.test(groups[0] ?? '') &&
      groups.slice(1).every((group) => /^\d{2,3}$/.test(group)) &&
      (groups.at(-1) ?? '').length === 3 &&
      (!hasDecimal || !marks.has(compact[lastMark] ?? '')));
  if (!wellGrouped) return { ok: false, error: NOT_A_NUMBER };
  const hundredths = Number(groups.join('')) * 100 + (hasDecimal ? Number(decimals.padEnd(2, '0')) : 0);
  if (!(hundredths <= MAX_AMOUNT * 100)) {
    return { ok: false, error: errors.tooBig(MAX_AMOUNT.toLocaleString('en-US')) };
  }
  return { ok: true, value: hundredths };
}

/** Whether a currency is counted in whole units only (the yen has no cents). */
function wholeUnitsOnly(currency: CurrencyCode): boolean {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits === 0;
}

/** An amount in `currency`: as {@link parseAmount}, and no cents where the currency has none. */
export function parseMoney(raw: string, currency: CurrencyCode): Parsed<number> {
  const parsed = parseAmount(raw);
  if (parsed.ok && parsed.value !== undefined && parsed.value % 100 !== 0 && wholeUnitsOnly(currency)) {
    return { ok: false, error: errors.wholeUnits };
  }
  return parsed;
}

/** Reads how many times a year: a whole number from 0 to {@link MAX_TIMES}. */
export function parseTimes(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  if (/^[-−–]\d+$/.test(text)) return { ok: false, error: errors.timesNegative };
  if (!/^\d+$/.test(text)) return { ok: false, error: errors.timesNotWhole };
  const value = Number(text);
  if (value > MAX_TIMES) return { ok: false, error: errors.timesTooMany(MAX_TIMES) };
  return { ok: true, value };
}
