/*
 * iCalendar files (RFC 5545) for the association's events: one per event,
 * which a visitor's calendar app adds with one tap, and one with every
 * upcoming event. Every event lasts whole days, so its dates are DATE values
 * and its end is the day after its last (DTEND is exclusive).
 */

/** One event as a calendar file holds it. */
export interface CalendarEvent {
  /** Unique and stable across builds, so a calendar updates the event rather than adding it twice. */
  uid: string;
  title: string;
  /** The first day, at midnight UTC. */
  start: Date;
  /** The last day (included), at midnight UTC. */
  end: Date;
  location?: string | undefined;
  description?: string | undefined;
  /** The event's own page. */
  url?: string | undefined;
  /** What sort of event, in words. */
  category?: string | undefined;
}

export interface Calendar {
  /** Who made the file, for PRODID: the site's name. */
  productName: string;
  /** The calendar's name, which some apps show for a file with many events. */
  name: string;
  /** When the file was made (DTSTAMP): the build's day, so one build always writes the same file. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

/** Text as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as \n, no control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (control) => (control === '\t' ? control : ''));
}

/** The longest line, in octets, without its line break. */
const MAX_OCTETS = 75;

/**
 * A content line folded to at most 75 octets a line: each continuation
 * starts with one space, and a cut never falls inside a character's UTF-8
 * bytes (nor between the halves of a surrogate pair).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A date as an iCalendar DATE value: 20270415. */
const dateValue = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');

/** A moment as an iCalendar UTC DATE-TIME value: 20261208T000000Z. */
const dateTimeValue = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const DAY = 86_400_000;

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${dateTimeValue(stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.start)}`,
    `DTEND;VALUE=DATE:${dateValue(new Date(event.end.getTime() + DAY))}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.category ? [`CATEGORIES:${escapeText(event.category)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    // A whole-day event does not make the visitor look busy all day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole file: CRLF after every line, the last one included, as RFC 5545 asks. */
export function calendarFile(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(calendar.productName)}//Events//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
