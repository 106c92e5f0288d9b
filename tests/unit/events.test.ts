import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventFileNameProblem, eventSchema } from '../../src/lib/events/eventSchema.ts';
import { eventDates, eventDays, eventPlace, eventPrices } from '../../src/lib/events/eventText.ts';
import {
  EVENT_KINDS_BY_BENEFIT,
  buildDay,
  eventsFor,
  hasUpcomingEvents,
  isUpcoming,
  listsEvents,
  upcomingEvents,
} from '../../src/lib/events/upcomingEvents.ts';
import { eventFor } from '../../src/lib/seo/eventStructuredData.ts';
import { EXAMPLE_ASSOCIATION } from '../support/buildSite.ts';

/** The example association's events, read as Astro reads a YAML file (unquoted dates become dates). */
const EXAMPLE_EVENTS = join(EXAMPLE_ASSOCIATION.folder, 'events');
const exampleEvent = (name: string) =>
  load(readFileSync(join(EXAMPLE_EVENTS, `${name}.yaml`), 'utf8')) as Record<string, unknown>;
/** YAML as the content collections read it: an unquoted date is a date. */
function load(text: string): unknown {
  return parse(text, { customTags: ['timestamp'] });
}
const conference = exampleEvent('spring-conference-2027');

const schema = eventSchema('USD');
/** Each mistake as "field: message", for an association whose dues are in `duesCurrency`. */
const problemsWith = (duesCurrency: string | undefined, input: unknown) =>
  eventSchema(duesCurrency)
    .safeParse(input)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
const problems = (input: unknown) => problemsWith('USD', input);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const without = (data: Record<string, unknown>, ...names: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([name]) => !names.includes(name)));

describe('an event file', () => {
  test('every example event passes, with its dates as dates', () => {
    const names = readdirSync(EXAMPLE_EVENTS);
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(problems(exampleEvent(name.replace(/\.yaml$/, ''))), name).toEqual([]);
      expect(eventFileNameProblem(name), name).toBeUndefined();
    }
    expect(schema.parse(conference)).toMatchObject({ kind: 'conference', start: day('2027-04-15'), memberPrice: 120 });
  });

  test('an end before the start is named, with the start it must follow', () => {
    expect(problems({ ...conference, end: new Date('2027-04-14') })).toEqual([
      'end: is before the start (2027-04-15): write the event’s last day, on or after its first; for a one-day event, the same date as start',
    ]);
  });

  test('an unknown kind is named, with the kind it most likely meant', () => {
    expect(problems({ ...conference, kind: 'conferance' })).toEqual([
      'kind: "conferance" is not a kind of event: did you mean conference? write one of "conference", "training", "webinar", "meeting"',
    ]);
    expect(problems({ ...conference, kind: 'party' })).toEqual([
      'kind: "party" is not a kind of event: write one of "conference", "training", "webinar", "meeting"',
    ]);
  });

  test('a registration link must be a full https:// address', () => {
    for (const registerUrl of ['http://evla.example/spring/', 'evla.example/spring', undefined]) {
      expect(problems({ ...conference, registerUrl }), String(registerUrl)).toEqual([
        expect.stringMatching(
          /^registerUrl: is not a full https:\/\/ address: write the address of the page where readers sign up/,
        ),
      ]);
    }
  });

  test('needs a place, or online: true; may have both', () => {
    const nowhere = without(conference, 'location');
    expect(problems(nowhere)).toEqual([expect.stringMatching(/^location: is missing: write where the event is held/)]);
    expect(problems({ ...nowhere, online: true })).toEqual([]);
    expect(problems({ ...conference, online: true })).toEqual([]);
  });

  test('impossible, malformed and mistyped fields are named with what to write', () => {
    expect(
      problems({ ...conference, start: 'April 15', memberPrice: '$120', online: 'yes', titel: 'x', summary: 'a\nb' }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^start: is not a real date: use the form YYYY-MM-DD/),
        'memberPrice: must be a number without a currency sign, for example memberPrice: 120',
        'online: must be true or false (without quotes)',
        'titel: is not a field an event uses: did you mean title? Check the spelling',
        expect.stringMatching(/^summary: must be on one line/),
      ]),
    );
  });

  test('prices are in the dues’ currency, or the event’s own; with neither, the currency is asked for', () => {
    expect(problemsWith(undefined, conference)).toEqual([
      'currency: is missing: the prices need a currency, and content/site/association.yaml lists no dues to take it from. Write the three-letter code, for example currency: USD',
    ]);
    expect(problemsWith(undefined, { ...conference, currency: 'CAD' })).toEqual([]);
    expect(problems({ ...conference, currency: 'dollars' })).toEqual([
      expect.stringMatching(/^currency: is not a currency code/),
    ]);
    const free = without(conference, 'memberPrice', 'nonMemberPrice');
    expect(problemsWith(undefined, free)).toEqual([]);
  });

  test('the editors’ guide explains every field, and its example is the example association’s conference', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    const section = /^## Events\n([\s\S]*?)^## /m.exec(guide)?.[1] ?? '';
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(load(example)).toEqual(conference);
    const fields = Object.keys(schema.parse({ ...conference, online: true, currency: 'USD' }));
    expect(fields.length).toBe(11);
    expect(fields.filter((field) => !section.includes(`\n| \`${field}\` |`))).toEqual([]);
  });

  test('its file name is the address of its calendar file: plain, and not the feed’s', () => {
    expect(eventFileNameProblem('spring-2027.yaml')).toBeUndefined();
    expect(eventFileNameProblem('Spring 2027.yaml')).toMatch(
      /may hold only lowercase letters a to z, digits and single hyphens/,
    );
    expect(eventFileNameProblem('calendar.yaml')).toMatch(/taken by the calendar of every event/);
  });
});

describe('the day of the build and the events it shows', () => {
  test('BUILD_DATE sets the day; unset, it is today in UTC; anything else stops the build', () => {
    expect(buildDay('2026-12-08')).toEqual(day('2026-12-08'));
    expect(buildDay(undefined, new Date('2027-01-31T23:30:00-05:00'))).toEqual(day('2027-02-01'));
    expect(buildDay('', new Date('2027-01-31T12:00:00Z'))).toEqual(day('2027-01-31'));
    for (const setting of ['2026-02-30', '8 December 2026', '2026-12-8']) {
      expect(() => buildDay(setting), setting).toThrow(
        `BUILD_DATE=${setting} is not a real date: write it as YYYY-MM-DD`,
      );
    }
  });

  const event = (title: string, kind: 'conference' | 'webinar' | 'meeting', start: string, end = start) => ({
    title,
    kind,
    start: day(start),
    end: day(end),
  });

  test('an event shows until its last day is over, soonest first, then by name', () => {
    const today = day('2026-12-08');
    expect(isUpcoming({ end: day('2026-12-07') }, today)).toBe(false);
    expect(isUpcoming({ end: day('2026-12-08') }, today)).toBe(true);
    const events = [
      event('Spring', 'conference', '2027-04-15', '2027-04-16'),
      event('Past', 'meeting', '2026-10-20'),
      event('Under way', 'conference', '2026-12-07', '2026-12-09'),
      event('B webinar', 'webinar', '2027-02-10'),
      event('A webinar', 'webinar', '2027-02-10'),
    ];
    expect(upcomingEvents(events, today).map((each) => each.title)).toEqual([
      'Under way',
      'A webinar',
      'B webinar',
      'Spring',
    ]);
  });

  test('the conference page lists conferences, the training page training and webinars, no other page any', () => {
    const events = [
      event('Conference', 'conference', '2027-04-15'),
      event('Webinar', 'webinar', '2027-02-10'),
      event('Meeting', 'meeting', '2027-03-01'),
    ];
    expect(listsEvents('advocacy')).toBe(false);
    expect(listsEvents('toString')).toBe(false);
    expect(listsEvents('conferences') && eventsFor('conferences', events).map((each) => each.title)).toEqual([
      'Conference',
    ]);
    expect(listsEvents('training') && eventsFor('training', events).map((each) => each.title)).toEqual(['Webinar']);
    // The pages exist: a benefit renamed would take its events with it without a word.
    for (const benefit of Object.keys(EVENT_KINDS_BY_BENEFIT)) {
      expect(existsSync(`content/benefits/${benefit}.mdx`), benefit).toBe(true);
    }
  });

  describe('for the header, read from the files', () => {
    let contentDir: string;
    beforeAll(async () => {
      contentDir = await mkdtemp(join(tmpdir(), 'events-'));
      await mkdir(join(contentDir, 'events'));
      await writeFile(join(contentDir, 'events', 'meeting.yaml'), 'title: A meeting\nend: 2026-10-20\n');
      await writeFile(join(contentDir, 'events', '_later.yaml'), 'end: 2099-01-01\n');
      await writeFile(join(contentDir, 'events', 'broken.yaml'), 'title: "unclosed\n');
    });
    afterAll(() => rm(contentDir, { recursive: true, force: true }));

    test('whether any event is not over, skipping notes and files the collection reports', () => {
      expect(hasUpcomingEvents(contentDir, day('2026-10-20'))).toBe(true);
      expect(hasUpcomingEvents(contentDir, day('2026-10-21'))).toBe(false);
      expect(hasUpcomingEvents(join(contentDir, 'nowhere'), day('2026-10-21'))).toBe(false);
    });
  });
});

describe('an event in words', () => {
  test('its days with the weekday, as one day or a range', () => {
    expect(eventDays(day('2027-02-10'), day('2027-02-10'), 'en-US')).toBe('Wednesday, February 10, 2027');
    expect(eventDays(day('2027-04-30'), day('2027-05-02'), 'en-US')).toBe(
      // Intl puts thin spaces around the dash of a range.
      'Friday, April 30\u2009–\u2009Sunday, May 2, 2027',
    );
  });

  test('its days for a sentence, without the weekday', () => {
    expect(eventDates(day('2027-02-10'), day('2027-02-10'), 'en-US')).toBe('February 10, 2027');
    expect(eventDates(day('2027-04-15'), day('2027-04-16'), 'en-US')).toBe('April 15\u2009–\u200916, 2027');
  });

  test('its place, online, or both', () => {
    expect(eventPlace({ location: 'Civic Center' }, 'Online')).toBe('Civic Center');
    expect(eventPlace({ online: true }, 'Online')).toBe('Online');
    expect(eventPlace({ location: 'Civic Center', online: true }, 'Online')).toBe('Civic Center · Online');
  });

  test('its prices, named in the editors’ words, only those given and only with a currency', () => {
    const names = { memberPrice: 'Member price', nonMemberPrice: 'Non-member price' };
    expect(eventPrices({ memberPrice: 0, nonMemberPrice: 25.5, currency: 'USD' }, names, 'en-US')).toEqual([
      { name: 'Member price', price: 0, shown: '$0' },
      { name: 'Non-member price', price: 25.5, shown: '$25.50' },
    ]);
    expect(eventPrices({ nonMemberPrice: 40, currency: 'CAD' }, names, 'en-US')).toEqual([
      { name: 'Non-member price', price: 40, shown: 'CA$40' },
    ]);
    expect(eventPrices({ memberPrice: 10 }, names, 'en-US')).toEqual([]);
  });
});

describe('schema.org Event', () => {
  const organizer = { '@type': 'Organization', name: 'EVLA', url: 'https://evla.example/' };
  const base = {
    name: 'Spring Conference',
    start: day('2027-04-15'),
    end: day('2027-04-16'),
    url: 'https://evla.example/spring/',
    online: false,
    offers: [],
    organizer,
  };

  test('a conference in a place, with its prices, organized by the association', () => {
    const data = eventFor({
      ...base,
      location: 'Civic Center, Example Valley',
      description: 'Two days of talks.',
      offers: [
        { name: 'Member price', price: 120 },
        { name: 'Non-member price', price: 180 },
      ],
      currency: 'USD',
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Spring Conference',
      startDate: '2027-04-15',
      endDate: '2027-04-16',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Civic Center, Example Valley', address: 'Civic Center, Example Valley' },
      description: 'Two days of talks.',
      url: 'https://evla.example/spring/',
      offers: [
        {
          '@type': 'Offer',
          name: 'Member price',
          price: 120,
          priceCurrency: 'USD',
          url: 'https://evla.example/spring/',
        },
        {
          '@type': 'Offer',
          name: 'Non-member price',
          price: 180,
          priceCurrency: 'USD',
          url: 'https://evla.example/spring/',
        },
      ],
      organizer,
    });
  });

  test('online, or in both ways; no offers without prices', () => {
    const online = eventFor({ ...base, online: true });
    expect(online).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://evla.example/spring/' },
    });
    expect(online).not.toHaveProperty('offers');
    expect(eventFor({ ...base, online: true, location: 'Civic Center' })).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'Place', name: 'Civic Center' },
        { '@type': 'VirtualLocation', url: 'https://evla.example/spring/' },
      ],
    });
  });
});
