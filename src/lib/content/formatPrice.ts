/** A price the association gives, as the reader's language writes it: $25, $25.50, CA$40. */
export function formatPrice(amount: number, currency: string, locale: string): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents,
    maximumFractionDigits: cents,
  }).format(amount);
}
