import { isMap, isScalar, parseDocument } from 'yaml';

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
 * YAML reads `2026-02-30` as a date and silently rolls it over to 2 March, so
 * an impossible date never reaches the schema as an error. One message for
 * each top-level frontmatter field YAML reads as a date whose text, as
 * written, is not a real day; each starts with the field name, like Astro's
 * schema errors. A quoted date stays text, which the schema checks.
 */
export function findImpossibleDates(source: string): string[] {
  const { contents } = parseDocument(frontmatterOf(source), { customTags: ['timestamp'] });
  return (isMap(contents) ? contents.items : []).flatMap(({ key, value }) => {
    const written = isScalar(value) && value.value instanceof Date ? (value.source ?? '') : '';
    const [year = 0, month = 0, day = 0] = (/^(\d{4})-(\d\d?)-(\d\d?)/.exec(written) ?? []).slice(1).map(Number);
    return written && !isRealCalendarDate(year, month, day)
      ? [`${String(key)}: "${written}" is not a real date. Use the form YYYY-MM-DD, for example 2026-11-28`]
      : [];
  });
}
