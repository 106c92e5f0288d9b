import { describe, expect, test } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../src/lib/events/calendarFile.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** A file's content lines, folded lines joined back as RFC 5545 §3.1 unfolds them. */
const unfolded = (file: string) => file.replace(/\r\n /g, '').split('\r\n');

describe('iCalendar text', () => {
  test('escapes backslash, semicolon and comma, writes line breaks as \\n, and drops control characters', () => {
    expect(escapeText('Talks, workshops; more\\less')).toBe('Talks\\, workshops\\; more\\\\less');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('a\u0007b\tc')).toBe('ab\tc');
  });

  test('folds a long line at 75 octets, each continuation starting with one space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBe(3);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  test('never cuts a character in two: accents, CJK and emoji stay whole', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'図書館'.repeat(10)}${'📚'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD|[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('a calendar file', () => {
  const file = calendarFile({
    productName: 'Example Valley Library Association',
    name: 'Events – Example Valley Library Association',
    stamp: day('2026-12-08'),
    events: [
      {
        uid: 'spring@evla.example',
        title: 'Spring Conference, 2027; in the valley',
        start: day('2027-04-15'),
        end: day('2027-04-16'),
        location: 'Civic Center, Example Valley',
        description: `Two days of talks.\nMember price: $120\nRegister: https://evla.example/${'spring/'.repeat(12)}`,
        url: 'https://evla.example/spring/',
        category: 'Conference',
      },
      { uid: 'webinar@evla.example', title: 'Webinar', start: day('2027-12-31'), end: day('2027-12-31') },
    ],
  });
  const lines = unfolded(file);

  test('ends every line with CRLF, and no line is longer than 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.split('\r\n')) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  test('is one VCALENDAR of version 2.0 with a product id, holding one VEVENT per event', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Example Valley Library Association//Events//EN');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
  });

  test('gives each event a UID, a DTSTAMP in UTC, and whole days with an exclusive end', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:spring@evla.example',
        'DTSTAMP:20261208T000000Z',
        'DTSTART;VALUE=DATE:20270415',
        'DTEND;VALUE=DATE:20270417',
        // A one-day event on the last day of a year ends on the first of the next.
        'DTSTART;VALUE=DATE:20271231',
        'DTEND;VALUE=DATE:20280101',
      ]),
    );
  });

  test('escapes its text and keeps the link as it is', () => {
    expect(lines).toContain('SUMMARY:Spring Conference\\, 2027\\; in the valley');
    expect(lines).toContain('LOCATION:Civic Center\\, Example Valley');
    expect(lines).toContain(
      `DESCRIPTION:Two days of talks.\\nMember price: $120\\nRegister: https://evla.example/${'spring/'.repeat(12)}`,
    );
    expect(lines).toContain('URL:https://evla.example/spring/');
    expect(lines).toContain('CATEGORIES:Conference');
  });

  test('leaves out what an event does not have', () => {
    const webinar = lines.slice(lines.lastIndexOf('BEGIN:VEVENT'));
    expect(webinar.some((line) => /^(LOCATION|DESCRIPTION|URL|CATEGORIES):/.test(line))).toBe(false);
  });
});
