/**
 * YAML reads `2026-02-30` as a date and silently rolls it over to 2 March, so
 * an impossible date in frontmatter never reaches the schema as an error.
 * This looks at the raw text of the frontmatter instead.
 */

/** A date, optionally followed by a time, as YAML would read it as a timestamp. */
const DATE_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ].*)?$/;

/** True when `year-month-day` names a day that exists on the calendar. */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The frontmatter block of a Markdown/MDX file, or an empty string if it has none. */
export function frontmatterOf(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  return match?.[1] ?? '';
}

/**
 * Messages for top-level frontmatter fields whose value looks like a date but
 * is not a real day, e.g. `lastReviewed: 2026-13-45`. Each message starts with
 * the field name, like Astro's schema errors.
 */
export function findImpossibleDates(source: string): string[] {
  const problems: string[] = [];
  for (const line of frontmatterOf(source).split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]*):\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (!field) continue;
    const [, name, rawValue = ''] = field;
    const value = rawValue.replace(/^(['"])(.*)\1$/, '$2');
    const parts = DATE_LIKE.exec(value);
    if (!parts) continue;
    const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
    if (!isRealCalendarDate(year, month, day)) {
      problems.push(`${name}: "${value}" is not a real date. Use the form YYYY-MM-DD, for example 2026-11-28`);
    }
  }
  return problems;
}
