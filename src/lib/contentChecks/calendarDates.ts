import { isMap, isScalar } from 'yaml';
import { frontmatterOf, readYaml } from './readFrontmatter.ts';

/** True when `year-month-day` names a day that exists on the calendar. */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * YAML reads `2026-02-30` as a date and silently rolls it over to 2 March, so
 * an impossible date never reaches the schema as an error. One message for
 * each top-level frontmatter field YAML reads as a date whose text, as
 * written, is not a real day; each starts with the field name, like Astro's
 * schema errors. A quoted date stays text, which the schema checks.
 */
export function findImpossibleDates(source: string): string[] {
  const read = readYaml(frontmatterOf(source));
  const fields = 'document' in read && isMap(read.document.contents) ? read.document.contents.items : [];
  return fields.flatMap(({ key, value }) => {
    const written = isScalar(value) && value.value instanceof Date ? (value.source ?? '') : '';
    const [year = 0, month = 0, day = 0] = (/^(\d{4})-(\d\d?)-(\d\d?)/.exec(written) ?? []).slice(1).map(Number);
    return written && !isRealCalendarDate(year, month, day)
      ? [`${String(key)}: "${written}" is not a real date. Use the form YYYY-MM-DD, for example 2026-11-28`]
      : [];
  });
}
