/**
 * Which currency the calculator starts in: a guess from the visitor's
 * language setting, which they can change in the list.
 */
import { CURRENCY_CODES, type CurrencyCode } from './valueInput.ts';

/** The countries of the euro area, whose currency is the one code that names no country. */
const EURO_AREA = 'AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ');

/** A first guess at the visitor's currency from their language setting (en-GB → GBP); US dollars otherwise. */
export function currencyForLocale(locale: string | undefined): CurrencyCode {
  try {
    const region = locale ? new Intl.Locale(locale).maximize().region : undefined;
    if (region && EURO_AREA.includes(region)) return 'EUR';
    // A currency's code starts with its country's: GBP is Great Britain's pound.
    return CURRENCY_CODES.find((code) => region && code.startsWith(region)) ?? 'USD';
  } catch {
    return 'USD';
  }
}
