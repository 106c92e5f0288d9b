/**
 * Which currency the calculator starts in: a guess from the visitor's
 * language setting, which they can change in the list.
 */
import type { CurrencyCode } from './valueInput.ts';

const CURRENCY_BY_REGION: Readonly<Record<string, CurrencyCode>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  ZA: 'ZAR',
  JP: 'JPY',
  CH: 'CHF',
  IE: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  LU: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  HR: 'EUR',
  CY: 'EUR',
  MT: 'EUR',
  BG: 'EUR',
};

/** A first guess at the visitor's currency from their language setting (en-GB → GBP); US dollars otherwise. */
export function currencyForLocale(locale: string | undefined): CurrencyCode {
  try {
    const region = locale ? new Intl.Locale(locale).maximize().region : undefined;
    return (region && CURRENCY_BY_REGION[region]) || 'USD';
  } catch {
    return 'USD';
  }
}
