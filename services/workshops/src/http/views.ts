import type { Session } from '../domain/session.js';
import { bookingClosesAt } from '../domain/session.js';
import type { Venue } from '../domain/venue.js';
import type { Workshop } from '../domain/workshop.js';

export function venueView(venue: Venue) {
  return { ...venue, createdAt: venue.createdAt.toISOString() };
}

export function workshopView(workshop: Workshop, names: Map<string, string>) {
  const { tokens: _tokens, ...rest } = workshop;
  return {
    ...rest,
    hosts: workshop.hostIds.map((id) => ({ id, displayName: names.get(id) ?? null })),
    createdAt: workshop.createdAt.toISOString(),
    updatedAt: workshop.updatedAt.toISOString(),
  };
}

export function sessionView(session: Session & { seatsLeft?: number }) {
  const { tokens: _tokens, listed: _listed, ...rest } = session;
  return {
    ...rest,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    bookingOpensAt: session.bookingOpensAt.toISOString(),
    bookingClosesAt: bookingClosesAt(session).toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
