import { formatPrice } from '../content/formatPrice.ts';

/*
 * An event's facts in words, the same on its page, on the benefit pages and
 * in its calendar file: its days, its place, and its prices named with the
 * editors' words (content/site/events.mdx).
 */

/**
 * The event's days as the reader's language writes them, with the weekday:
 * "Thursday, April 15, 2027", or "Thursday, April 15 – Friday, April 16, 2027".
 * Calendar dates are midnight UTC, so they are formatted in UTC.
 */
export function eventDays(start: Date, end: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).formatRange(start, end);
}

/** The event's days, shorter, for a sentence: "April 15 – 16, 2027", or "April 15, 2027" for one day. */
export function eventDates(start: Date, end: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

/** Where the event is: its place, the word for online, or both. */
export function eventPlace(
  event: { location?: string | undefined; online?: boolean | undefined },
  online: string,
): string {
  return [event.location, event.online ? online : undefined].filter(Boolean).join(' · ');
}

/** A price the association gives for the event, with its name. */
export interface EventPrice {
  /** "Member price", in the editors' words. */
  name: string;
  price: number;
  /** As the reader's language writes it: $120. */
  shown: string;
}

/** The prices the event's file gives, member first; none without a currency (the schema requires one with prices). */
export function eventPrices(
  event: { memberPrice?: number | undefined; nonMemberPrice?: number | undefined; currency?: string | undefined },
  names: { memberPrice: string; nonMemberPrice: string },
  locale: string,
): EventPrice[] {
  const { currency } = event;
  if (!currency) return [];
  const given: [name: string, price: number | undefined][] = [
    [names.memberPrice, event.memberPrice],
    [names.nonMemberPrice, event.nonMemberPrice],
  ];
  return given.flatMap(([name, price]) =>
    price === undefined ? [] : [{ name, price, shown: formatPrice(price, currency, locale) }],
  );
}
