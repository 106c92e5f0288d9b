/**
 * schema.org Event for one of the association's events, as search engines
 * read it: its days, whether it is held in a place, online or both, what a
 * place costs when the association gives prices, and the association as the
 * organizer. Built from the event's file only; nothing is guessed.
 */
export function eventFor(event: {
  name: string;
  /** The first and last days (the last included), at midnight UTC. */
  start: Date;
  end: Date;
  /** The association's page for the event, where readers sign up. */
  url: string;
  description?: string | undefined;
  /** Where it is held, when it is held in a place. */
  location?: string | undefined;
  online: boolean;
  /** Each price the association gives, with its name as the page shows it ("Member price"). */
  offers: readonly { name: string; price: number }[];
  /** ISO 4217 code of the prices. */
  currency?: string | undefined;
  /** The association, as schema.org Organization. */
  organizer: Record<string, unknown>;
}): Record<string, unknown> {
  const place = event.location && { '@type': 'Place', name: event.location, address: event.location };
  const virtual = event.online && { '@type': 'VirtualLocation', url: event.url };
  const locations = [place, virtual].filter(Boolean);
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    startDate: day(event.start),
    endDate: day(event.end),
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations,
    ...(event.description && { description: event.description }),
    url: event.url,
    ...(event.currency &&
      event.offers.length > 0 && {
        offers: event.offers.map((offer) => ({
          '@type': 'Offer',
          name: offer.name,
          price: offer.price,
          priceCurrency: event.currency,
          url: event.url,
        })),
      }),
    organizer: event.organizer,
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);
