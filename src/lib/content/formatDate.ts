/**
 * Formats a calendar date for display. Dates in frontmatter carry no time
 * zone, so they are formatted in UTC to show the day the editor wrote.
 */
export function formatDate(date: Date, locale: string): string {
  return formatterFor(locale).format(date);
}

/** One formatter per locale: making one loads locale data, and every page shows a date. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD`, for the `datetime` attribute of `<time>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
