import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate } from '../content/contentSchemas.ts';
import { readYaml } from '../contentChecks/readFrontmatter.ts';
import { isRealCalendarDate } from '../contentChecks/calendarDates.ts';
import { EVENTS_FOLDER, type EventKind } from './eventSchema.ts';

/*
 * Which events the site shows: those not over on the day of the build.
 * A past event leaves the site at the next build; none is shown from a
 * visitor's clock, so every page and calendar file of one build agrees.
 */

/**
 * The day of the build, as midnight UTC: `BUILD_DATE` (YYYY-MM-DD) when it
 * is set, so a build can be repeated exactly (the tests set it), or else
 * today's date in UTC. A malformed value stops the build rather than
 * quietly showing the wrong events.
 */
export function buildDay(setting: string | undefined, now = new Date()): Date {
  if (setting === undefined || setting === '') {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(setting);
  const [year, month, day] = (parts?.slice(1) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined || !isRealCalendarDate(year, month, day)) {
    throw new Error(
      `BUILD_DATE=${setting} is not a real date: write it as YYYY-MM-DD, for example BUILD_DATE=2026-12-08, or leave it unset to use today's date`,
    );
  }
  return new Date(Date.UTC(year, month - 1, day));
}

/** The day this build shows events from (see {@link buildDay}). */
export const BUILD_DAY = buildDay(process.env['BUILD_DATE']);

/** What the site needs of an event to decide whether and where to show it. */
interface Dated {
  title: string;
  kind: EventKind;
  start: Date;
  end: Date;
}

/** An event is upcoming until its last day is over: one under way still shows. */
export function isUpcoming(event: Pick<Dated, 'end'>, today: Date): boolean {
  return event.end.getTime() >= today.getTime();
}

/** The events not over on `today`, soonest first (then by name, so the order never depends on the files'). */
export function upcomingEvents<Event extends Dated>(events: readonly Event[], today: Date): Event[] {
  return events
    .filter((event) => isUpcoming(event, today))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'en'));
}

/** The benefit pages that list upcoming events, by the benefit's file name, and the kinds each lists. */
export const EVENT_KINDS_BY_BENEFIT = {
  conferences: ['conference'],
  training: ['training', 'webinar'],
} as const satisfies Record<string, readonly EventKind[]>;

type EventBenefit = keyof typeof EVENT_KINDS_BY_BENEFIT;

/** Whether the benefit page with this file name lists upcoming events of its kinds. */
export function listsEvents(benefit: string): benefit is EventBenefit {
  return Object.hasOwn(EVENT_KINDS_BY_BENEFIT, benefit);
}

/** The events a benefit page lists: those of its kinds. */
export function eventsFor<Event extends Pick<Dated, 'kind'>>(benefit: EventBenefit, events: readonly Event[]): Event[] {
  const kinds: readonly EventKind[] = EVENT_KINDS_BY_BENEFIT[benefit];
  return events.filter((event) => kinds.includes(event.kind));
}

/**
 * Whether content/events/ holds an event not over on `today`, read straight
 * from the files for the header's navigation, which is set before Astro
 * reads its collections. Only each file's `end` is read: a file with any
 * mistake is named, with what to write, by the events collection, which
 * stops the build.
 */
export function hasUpcomingEvents(contentDir: string, today: Date): boolean {
  const folder = join(contentDir, EVENTS_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !/^[_.]/.test(name));
  } catch {
    return false;
  }
  return names.some((name) => {
    const read = readYaml(readFileSync(join(folder, name), 'utf8'));
    if ('error' in read) return false;
    const end = calendarDate.safeParse((read.document.toJS() as Record<string, unknown> | null)?.['end']);
    return end.success && isUpcoming({ end: end.data }, today);
  });
}
