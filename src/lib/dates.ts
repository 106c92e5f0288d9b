/**
 * Formats a calendar date for display. Dates in frontmatter carry no time
 * zone, so they are formatted in UTC to show the day the editor wrote.
 */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `YYYY-MM-DD`, for the `datetime` attribute of `<time>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
