/**
 * The calculator's result in words: money in the visitor's language, the
 * sentence that says what the net value means, and the whole result as
 * plain text to copy into an email or a note.
 */
import type { ItemResult, ValueResult } from './calculate.ts';
import { ITEM_KINDS, type CurrencyCode } from './valueInput.ts';

/** An amount in hundredths as money in the visitor's language, e.g. `$1,234.50` or `1.234,50 €`. */
export function formatMoney(hundredths: number, currency: CurrencyCode, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(hundredths / 100);
}

/** One sentence that says what the net value means. */
export function netSentence(result: ValueResult, locale: string | undefined): string {
  const amount = formatMoney(Math.abs(result.net), result.currency, locale);
  if (result.net > 0) return `In these figures, membership saves you ${amount} a year more than it costs you.`;
  if (result.net < 0) {
    return `In these figures, membership costs you ${amount} a year more than it saves. Mentoring, your network and a voice for libraries have no price here.`;
  }
  return 'In these figures, membership saves you as much as it costs you.';
}

/** The label of a row in the breakdown: its name, or its kind when it has none. */
export function itemLabel(item: Pick<ItemResult, 'kind' | 'name'>): string {
  return item.name ? `${ITEM_KINDS[item.kind]}: ${item.name}` : ITEM_KINDS[item.kind];
}

/** The result as plain text, to copy into an email or a note. */
export function resultAsText(result: ValueResult, locale: string | undefined, pageUrl?: string): string {
  const money = (hundredths: number) => formatMoney(hundredths, result.currency, locale);
  const lines = [
    'What library association membership is worth to me, in a year',
    '',
    `Membership dues: ${money(result.dues)}`,
    `Paid by my employer: ${money(result.employer)}`,
    `Yearly cost to me: ${money(result.yourCost)}`,
    '',
  ];
  if (result.items.length > 0) {
    lines.push('Savings as a member:');
    for (const item of result.items) {
      const times = item.times === 1 ? '1 time' : `${item.times} times`;
      lines.push(
        `- ${itemLabel(item)}, ${times} a year: ${money(item.member)} for members instead of ${money(item.other)}, saving ${money(item.saving)}`,
      );
    }
  } else {
    lines.push('Savings as a member: none entered');
  }
  lines.push(`Yearly savings: ${money(result.savings)}`, '', `Net value: ${money(result.net)} a year`);
  lines.push(netSentence(result, locale));
  if (pageUrl) lines.push('', `Worked out with: ${pageUrl}`);
  return lines.join('\n');
}
