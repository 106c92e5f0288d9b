import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SITE_FILE_SCHEMAS } from '../../src/lib/content/siteTextSchemas.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { builtFiles, type BuiltPage, loadBuiltPages, textOf } from '../support/builtSite.ts';
import { readFrontmatter } from '../support/contentFiles.ts';
import { brotliFileSizeOf, stylesheets } from '../support/pageWeight.ts';

/*
 * The example association's events (examples/example-valley/events/), in its
 * site built on BUILD_DATE=2026-12-08: two to come, a webinar and a
 * conference, and a meeting that is over. The general guide has none.
 * The words around them are the editors' (content/site/events.mdx).
 */
const words = SITE_FILE_SCHEMAS.eventsPage.parse(readFrontmatter('content/site/events.mdx'));
const association = inject('baseDistDir');
const guide = inject('distDir');
let pages: BuiltPage[];
let guidePages: BuiltPage[];

beforeAll(() => {
  pages = loadBuiltPages(association);
  guidePages = loadBuiltPages(guide);
});

const WEBINAR = {
  id: 'cataloging-webinar-2027',
  title: 'Cataloging basics for new staff',
  registerUrl: 'https://example-valley-library.example/events/cataloging-webinar-2027/',
};
const CONFERENCE = {
  id: 'spring-conference-2027',
  title: 'Example Valley Spring Conference 2027',
  registerUrl: 'https://example-valley-library.example/events/spring-conference-2027/',
};
const PAST = { id: 'autumn-members-meeting-2026', title: 'Example Valley Autumn Members Meeting 2026' };

const page = (built: BuiltPage[], path: string) => {
  const found = built.find((candidate) => candidate.urlPath === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const text = textOf;
const inBase = (path: string) => `${TEST_BASE_PATH}${path.replace(/^\//, '')}`;
const eventItem = (built: BuiltPage, id: string) => built.document.querySelector(`[data-event="${id}"]`);
const structuredData = (built: BuiltPage) =>
  [...built.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>,
  );

describe('the events page of an association’s site', () => {
  test('lists each event to come, soonest first, under the editors’ title', () => {
    const events = page(pages, '/events/');
    expect(text(events.document.querySelector('h1'))).toBe(words.title);
    const listed = [...events.document.querySelectorAll('[data-event]')].map((item) => item.getAttribute('data-event'));
    expect(listed).toEqual([WEBINAR.id, CONFERENCE.id]);
  });

  test('gives each its kind, days, place, prices as member and non-member, and where to register', () => {
    const events = page(pages, '/events/');
    const conference = eventItem(events, CONFERENCE.id);
    expect(text(conference?.querySelector('h2'))).toBe(CONFERENCE.title);
    for (const shown of [
      words.kinds.conference,
      'Thursday, April 15 – Friday, April 16, 2027',
      'Example Valley Civic Center, Example Valley',
      `${words.memberPrice} $120`,
      `${words.nonMemberPrice} $180`,
    ]) {
      expect(text(conference)).toContain(shown);
    }
    const webinar = eventItem(events, WEBINAR.id);
    for (const shown of [
      words.kinds.webinar,
      'Wednesday, February 10, 2027',
      words.online,
      `${words.memberPrice} $0`,
    ]) {
      expect(text(webinar)).toContain(shown);
    }
    for (const [item, event] of [
      [conference, CONFERENCE],
      [webinar, WEBINAR],
    ] as const) {
      // Each link names its event for a screen reader, which may list the page's links out of context.
      const register = item?.querySelector(`a[href="${event.registerUrl}"]`);
      expect(text(register)).toBe(words.register);
      expect(register?.getAttribute('aria-label')).toBe(`${words.register}: ${event.title}`);
      const calendar = item?.querySelector(`a[href="${inBase(`/events/${event.id}.ics`)}"]`);
      expect(text(calendar)).toBe(words.addToCalendar);
      expect(calendar?.getAttribute('aria-label')).toBe(`${words.addToCalendar}: ${event.title}`);
    }
    expect(text(events.document.querySelector(`a[href="${inBase('/events/calendar.ics')}"]`))).toBe(words.calendarFeed);
  });

  test('is in the header of every page, and in the sitemap', () => {
    for (const built of pages) {
      const link = built.document.querySelector(`header nav a[href="${inBase('/events/')}"]`);
      expect(text(link), built.urlPath).toBe('Events');
    }
    expect(readFileSync(join(association, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${EXAMPLE_ASSOCIATION.siteUrl}library-benefits/events/</loc>`,
    );
  });

  test('describes each event to search engines as a schema.org Event organized by the association', () => {
    const events = structuredData(page(pages, '/events/')).filter((data) => data['@type'] === 'Event');
    const organizer = {
      '@type': 'Organization',
      name: EXAMPLE_ASSOCIATION.name,
      url: 'https://example-valley-library.example/',
    };
    expect(events).toEqual([
      expect.objectContaining({
        name: WEBINAR.title,
        startDate: '2027-02-10',
        endDate: '2027-02-10',
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        location: { '@type': 'VirtualLocation', url: WEBINAR.registerUrl },
        organizer: expect.objectContaining(organizer),
      }),
      expect.objectContaining({
        name: CONFERENCE.title,
        startDate: '2027-04-15',
        endDate: '2027-04-16',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: expect.objectContaining({ '@type': 'Place', name: 'Example Valley Civic Center, Example Valley' }),
        offers: [
          expect.objectContaining({ '@type': 'Offer', name: words.memberPrice, price: 120, priceCurrency: 'USD' }),
          expect.objectContaining({ '@type': 'Offer', name: words.nonMemberPrice, price: 180, priceCurrency: 'USD' }),
        ],
        url: CONFERENCE.registerUrl,
        organizer: expect.objectContaining(organizer),
      }),
    ]);
  });
});

describe('events on the benefit pages they belong to', () => {
  test('the conference page lists the conference; the training page the webinar; each links to all events', () => {
    for (const [path, shown, notShown, heading] of [
      ['/benefits/conferences/', CONFERENCE, WEBINAR, words.benefitHeadings.conferences],
      ['/benefits/training/', WEBINAR, CONFERENCE, words.benefitHeadings.training],
    ] as const) {
      const section = page(pages, path).document.querySelector('section[aria-labelledby="page-upcoming-events"]');
      expect(text(section?.querySelector('h2')), path).toBe(heading);
      expect(text(section?.querySelector(`[data-event="${shown.id}"] h3`)), path).toBe(shown.title);
      expect(section?.querySelector(`[data-event="${notShown.id}"]`), path).toBeNull();
      expect(text(section?.querySelector(`a[href="${inBase('/events/')}"]`)), path).toBe(`${words.allEvents} →`);
    }
  });

  test('other benefit pages list none', () => {
    const others = pages.filter(
      (built) => /^\/benefits\/[^/]+\/$/.test(built.urlPath) && !/conferences|training/.test(built.urlPath),
    );
    expect(others.length).toBeGreaterThan(1);
    for (const built of others) expect(built.document.querySelector('[data-event]'), built.urlPath).toBeNull();
  });
});

describe('calendar files', () => {
  const calendars = () => builtFiles(association).filter((file) => file.endsWith('.ics'));
  const read = (file: string) => readFileSync(join(association, file), 'utf8');
  /** Content lines, folded lines joined back (RFC 5545 §3.1). */
  const lines = (file: string) => read(file).replace(/\r\n /g, '').split('\r\n');

  test('one per event to come, and one with them all', () => {
    expect(calendars().sort()).toEqual(
      ['events/calendar.ics', `events/${WEBINAR.id}.ics`, `events/${CONFERENCE.id}.ics`].sort(),
    );
  });

  test('are iCalendar: CRLF line ends, lines of at most 75 octets, one calendar with its events', () => {
    for (const file of calendars()) {
      const content = read(file);
      expect(content.endsWith('\r\n'), file).toBe(true);
      expect(content.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
      for (const line of content.split('\r\n'))
        expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
      const all = lines(file);
      expect(all[0], file).toBe('BEGIN:VCALENDAR');
      expect(all.at(-2), file).toBe('END:VCALENDAR');
      expect(all, file).toEqual(expect.arrayContaining(['VERSION:2.0', expect.stringMatching(/^PRODID:-\/\/.+/)]));
      const events = all.filter((line) => line === 'BEGIN:VEVENT').length;
      expect(events, file).toBe(file === 'events/calendar.ics' ? 2 : 1);
      for (const property of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'DTEND;VALUE=DATE:', 'SUMMARY:']) {
        expect(all.filter((line) => line.startsWith(property)).length, `${file}: ${property}`).toBe(events);
      }
    }
  });

  test('give whole days with the day after the last as the end, the same UID everywhere, and the build’s day as stamp', () => {
    const conference = lines(`events/${CONFERENCE.id}.ics`);
    expect(conference).toEqual(
      expect.arrayContaining([
        `UID:${CONFERENCE.id}@example.org`,
        'DTSTAMP:20261208T000000Z',
        'DTSTART;VALUE=DATE:20270415',
        'DTEND;VALUE=DATE:20270417',
        `SUMMARY:${CONFERENCE.title}`,
        'LOCATION:Example Valley Civic Center\\, Example Valley',
        `URL:${CONFERENCE.registerUrl}`,
      ]),
    );
    expect(lines(`events/${WEBINAR.id}.ics`)).toContain(`LOCATION:${words.online}`);
    expect(lines('events/calendar.ics')).toEqual(
      expect.arrayContaining([`UID:${CONFERENCE.id}@example.org`, `UID:${WEBINAR.id}@example.org`]),
    );
  });
});

describe('an event that is over', () => {
  test('is nowhere in the site: no page, calendar file, link or sitemap entry, nor a word of it', () => {
    const textFiles = builtFiles(association).filter((file) => /\.(html|ics|xml|json|txt|webmanifest|js)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(20);
    const mentions = textFiles.filter((file) => {
      const content = readFileSync(join(association, file), 'utf8');
      return content.includes(PAST.title) || content.includes(PAST.id);
    });
    expect(mentions).toEqual([]);
  });
});

describe('the general guide', () => {
  test('has no events page, calendar file, preview image or link to them', () => {
    expect(builtFiles(guide).filter((file) => file.startsWith('events/') || file === 'og/events.png')).toEqual([]);
    for (const built of guidePages) {
      expect(built.document.querySelector('a[href^="/events/"]'), built.urlPath).toBeNull();
      expect(built.document.querySelector('[data-event]'), built.urlPath).toBeNull();
    }
  });

  test('is built without a word about events; the association’s build has some to come, so it warns of none', () => {
    expect(inject('buildLog')).not.toMatch(/No event in|\/events\//);
    expect(inject('baseBuildLog')).not.toContain('No event in');
  });
});

describe('the pages with events, as the other pages are checked', () => {
  const withEvents = ['/events/', '/benefits/conferences/', '/benefits/training/'];

  test('are valid HTML, by html-validate’s recommended and accessibility rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });
    for (const path of withEvents) {
      const report = await validator.validateString(page(pages, path).html);
      const problems = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.ruleId}: ${message.message}`),
      );
      expect(problems, path).toEqual([]);
    }
  });

  test('each fits in the first round trip with its stylesheets: 14,600 bytes brotli', () => {
    const inSite = (url: string) => `/${url.slice(TEST_BASE_PATH.length)}`;
    for (const path of withEvents) {
      const built = page(pages, path);
      const bytes = [path, ...stylesheets(built).map(inSite)].reduce(
        (sum, url) => sum + brotliFileSizeOf(association, url),
        0,
      );
      expect(bytes, path).toBeLessThanOrEqual(10 * 1460);
    }
  });
});
