/**
 * The calculator's result in words: money in the visitor's language, the
 * sentence that says what the net value means, and the whole result as
 * plain text to copy into an email or a note.
 */
import { valueCalculatorText as words } from '../../strings.ts';
import type { ItemResult, ValueResult } from './calculate.ts';
import { ITEM_KINDS, type CurrencyCode } from './valueInput.ts';

/** An amount in hundredths as money in the visitor's language, e.g. `$1,234.50` or `1.234,50 €`. */
export function formatMoney(hundredths: number, currency: CurrencyCode, locale: string | undefined): string {
  // Most locales write a loss with a hyphen; the site writes every minus as the true minus sign (U+2212).
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(hundredths / 100).replace('-', '\u2212');
}

/**
 * What the net value means, in a sentence or two. Below zero it says so
 * plainly, and names what the sums leave out rather than argue past the figures.
 */
export function netSentence(result: ValueResult, locale: string | undefined): string {
  const amount = formatMoney(Math.abs(result.net), result.currency, locale);
  if (result.net > 0) return words.netSaves(amount);
  if (result.net < 0) return words.netCosts(amount);
  return words.netEven;
}

/** The label of a row in the breakdown: its name, or its kind when it has none. */
export function itemLabel(item: Pick<ItemResult, 'kind' | 'name'>): string {
  return item.name ? `${ITEM_KINDS[item.kind]}: ${item.name}` : ITEM_KINDS[item.kind];
}

/** The result as plain text, to copy into an email or a note. */
export function resultAsText(result: ValueResult, locale: string | undefined, pageUrl?: string): string {
  const money = (hundredths: number) => formatMoney(hundredths, result.currency, locale);
  const text = words.asText;
  const lines = [
    text.heading,
    '',
    `${text.dues}: ${money(result.dues)}`,
    `${text.employer}: ${money(result.employer)}`,
    `${text.yourCost}: ${money(result.yourCost)}`,
    '',
  ];
  if (result.items.length > 0) {
    lines.push(text.savingsHeading);
    for (const item of result.items) {
      lines.push(text.item(itemLabel(item), item.times, money(item.member), money(item.other), money(item.saving)));
    }
  } else {
    lines.push(text.noSavings);
  }
  lines.push(`${text.savings}: ${money(result.savings)}`, '', text.net(money(result.net)));
  lines.push(netSentence(result, locale));
  if (pageUrl) lines.push('', text.workedOutWith(pageUrl));
  return lines.join('\n');
}
