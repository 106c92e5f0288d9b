import { z } from 'astro/zod';
import { calendarDate, frontmatter, text } from '../content/contentSchemas.ts';
import { closestMatch } from '../contentChecks/closestMatch.ts';

/*
 * content/events/<name>.yaml: one event of the association's, such as its
 * spring conference or a training webinar. Only an association's own site
 * has events (content/site/association.yaml). Every message names the field
 * and says what to write, like the content schemas.
 */

/** The folder of the events, inside the content folder. */
export const EVENTS_FOLDER = 'events';

/** The kinds of event, in the order the site names them. */
const EVENT_KINDS = ['conference', 'training', 'webinar', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Currencies the visitor's browser can format, such as USD or CAD. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const price = (example: string) =>
  z
    .number({ error: `must be a number without a currency sign, for example ${example}` })
    .min(0, { error: 'must be 0 or more' })
    .max(100_000, { error: `is more than 100,000: write the price of one place, for example ${example}` });

/**
 * The fields of an event file. `duesCurrency` is the currency of the
 * association's dues, which prices are in unless the event names its own
 * `currency`; with neither, prices stop the build.
 */
export function eventSchema(duesCurrency?: string) {
  return frontmatter(
    {
      /** The event's name, as the association gives it. */
      title: text('the event’s name', 3, 100, 'title: Spring Conference 2027'),
      /** What sort of event: it decides which benefit page lists it. */
      kind: z.enum(EVENT_KINDS, {
        error: (issue) => {
          const given = typeof issue.input === 'string' ? issue.input : '';
          const suggestion = given ? closestMatch(given, EVENT_KINDS) : undefined;
          return `${given ? `"${given}" is not a kind of event: ` : 'is missing: '}${suggestion ? `did you mean ${suggestion}? ` : ''}write one of ${quoteList(EVENT_KINDS)}`;
        },
      }),
      /** The first day, YYYY-MM-DD. */
      start: calendarDate,
      /** The last day, YYYY-MM-DD: the same as `start` for a one-day event. */
      end: calendarDate,
      /** Where it is held: the place and the town. */
      location: text(
        'where the event is held',
        3,
        120,
        'location: Riverside Community Center, Example Valley',
      ).optional(),
      /** `true` for an event held online (with `location` too, for one held in both ways). */
      online: z.boolean({ error: 'must be true or false (without quotes)' }).optional(),
      /** The association's page where readers sign up. */
      registerUrl: z.url({
        protocol: /^https$/,
        error:
          'is not a full https:// address: write the address of the page where readers sign up, starting with https://, for example https://your-association.org/events/spring-conference',
      }),
      /** What a member pays, in the dues currency (or `currency`). */
      memberPrice: price('memberPrice: 120').optional(),
      /** What someone who is not a member pays. */
      nonMemberPrice: price('nonMemberPrice: 180').optional(),
      /** The three-letter currency code of the prices, when they are not in the dues' currency. */
      currency: z
        .string({ error: 'must be a three-letter currency code, for example currency: USD' })
        .refine((code) => CURRENCIES.has(code), {
          error: 'is not a currency code: write the three capital letters, for example USD, CAD or EUR',
        })
        .optional(),
      /** One line on what the event is, shown under its name. */
      summary: text(
        'a one-line summary',
        10,
        160,
        'summary: Two days of talks and workshops for library staff.',
      ).optional(),
    },
    'an event',
    (data, context) => eventCrossChecks(data, context, duesCurrency),
  );
}

/** Checks between fields, on the raw data, so they are named with every other mistake in one run. */
function eventCrossChecks(data: Record<string, unknown>, context: z.RefinementCtx, duesCurrency?: string): void {
  const [start, end] = [calendarDate.safeParse(data['start']), calendarDate.safeParse(data['end'])];
  if (start.success && end.success && end.data < start.data) {
    context.addIssue({
      code: 'custom',
      path: ['end'],
      message: `is before the start (${isoDay(start.data)}): write the event’s last day, on or after its first; for a one-day event, the same date as start`,
    });
  }
  if (data['location'] === undefined && data['online'] !== true) {
    context.addIssue({
      code: 'custom',
      path: ['location'],
      message:
        'is missing: write where the event is held, for example location: Riverside Community Center, Example Valley; or, for an event held online, online: true',
    });
  }
  const pricesGiven = data['memberPrice'] !== undefined || data['nonMemberPrice'] !== undefined;
  if (pricesGiven && data['currency'] === undefined && duesCurrency === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['currency'],
      message:
        'is missing: the prices need a currency, and content/site/association.yaml lists no dues to take it from. Write the three-letter code, for example currency: USD',
    });
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An event file's name is the address of its calendar file (/events/<name>.ics), so it follows the rule
 * for page names; `calendar` is the feed of every event. A message naming the file, or undefined.
 */
export function eventFileNameProblem(fileName: string): string | undefined {
  const stem = fileName.replace(/\.ya?ml$/, '');
  if (stem === 'calendar') {
    return 'the name "calendar" is taken by the calendar of every event (/events/calendar.ics): rename the file, for example to spring-conference.yaml';
  }
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*\.ya?ml$/.test(fileName)) return undefined;
  return 'the file name is the address of the event’s calendar file, so it may hold only lowercase letters a to z, digits and single hyphens, and end in .yaml: rename it, for example to spring-conference-2027.yaml';
}
