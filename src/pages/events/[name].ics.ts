import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteEntry, getUpcomingEvents, type SiteEvent } from '../../content.ts';
import { calendarFile, type CalendarEvent } from '../../lib/events/calendarFile.ts';
import { eventPlace, eventPrices } from '../../lib/events/eventText.ts';
import { BUILD_DAY } from '../../lib/events/upcomingEvents.ts';
import { pageTitle } from '../../lib/seo/seo.ts';
import { siteConfig } from '../../site.config.ts';

interface Props {
  events: SiteEvent[];
}

/*
 * Calendar files (text/calendar): /events/<event>.ics for each upcoming
 * event, and /events/calendar.ics with all of them (no event file may be
 * called calendar.yaml). None while there is no event to come.
 */
export const getStaticPaths = (async () => {
  const events = await getUpcomingEvents();
  if (events.length === 0) return [];
  return [
    { params: { name: 'calendar' }, props: { events } },
    ...events.map((event) => ({ params: { name: event.id }, props: { events: [event] } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const words = (await getSiteEntry('eventsPage')).data;
  const host = new URL(siteConfig.url).hostname;
  const asCalendar = (event: SiteEvent): CalendarEvent => ({
    uid: `${event.id}@${host}`,
    title: event.title,
    start: event.start,
    end: event.end,
    location: eventPlace(event, words.online),
    // What the events page says of it: the summary, the prices, and where to register.
    description: [
      event.summary,
      ...eventPrices(event, words, siteConfig.lang).map((price) => `${price.name}: ${price.shown}`),
      `${words.register}: ${event.registerUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: event.registerUrl,
    category: words.kinds[event.kind],
  });
  const file = calendarFile({
    productName: siteConfig.title,
    name: pageTitle(words.title, siteConfig.title),
    stamp: BUILD_DAY,
    events: props.events.map(asCalendar),
  });
  return new Response(file, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
