import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { holdsSeats } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { bookingsOfResidentIn, monthOf } from '../store/booking.store.js';
import { monthsOfResident } from '../store/resident-month.store.js';
import { claim } from '../store/claim.store.js';
import type { Actor, BookingsDeps } from './deps.js';
import { MONTHS_AHEAD } from './my-bookings.js';
import { sessionsOf } from './reads.js';

/** How far back a calendar feed shows the seats one held. */
const FEED_DAYS_BACK = 92;

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * A new secret feed address for the caller; the previous one stops working. Only the hash of
 * the token is stored, so a database dump reveals no feed.
 */
export async function rotateFeed(deps: BookingsDeps, actor: Actor): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const tokenHash = hashOf(token);
  await claim(deps.models.feedTokens, tokenHash, {
    residentId: actor.accountId,
    createdAt: deps.now(),
  });
  const previous = await deps.models.feedOwners
    .findById(actor.accountId)
    .lean<{ tokenHash: string }>();
  await deps.models.feedOwners.updateOne(
    { _id: actor.accountId },
    { $set: { tokenHash } },
    { upsert: true },
  );
  if (previous) await deps.models.feedTokens.deleteOne({ _id: previous.tokenHash });
  return token;
}

export async function revokeFeed(deps: BookingsDeps, actor: Actor): Promise<void> {
  const previous = await deps.models.feedOwners
    .findById(actor.accountId)
    .lean<{ tokenHash: string }>();
  if (!previous) throw bookingErrors.CALENDAR_NOT_FOUND();
  await deps.models.feedTokens.deleteOne({ _id: previous.tokenHash });
  await deps.models.feedOwners.deleteOne({ _id: actor.accountId });
}

/** The last three months and what is ahead, by month: a feed does not carry ten years. */
async function feedBookings(deps: BookingsDeps, residentId: string) {
  const now = deps.now().getTime();
  const first = monthOf(new Date(now - FEED_DAYS_BACK * 86_400_000));
  const last = monthOf(new Date(now + MONTHS_AHEAD * 31 * 86_400_000));
  const months = (await monthsOfResident(deps.models, residentId)).filter(
    (m) => m >= first && m <= last,
  );
  return (await bookingsOfResidentIn(deps.models, residentId, months))
    .map((row) => row.booking)
    .filter(holdsSeats);
}

/** The resident's seats (confirmed and offered) as an iCalendar feed. */
export async function personalFeed(
  deps: BookingsDeps,
  token: string,
  publicUrl: string,
): Promise<string> {
  const owner = await deps.models.feedTokens.findById(hashOf(token)).lean<{ residentId: string }>();
  if (!owner) throw bookingErrors.CALENDAR_NOT_FOUND();
  const bookings = await feedBookings(deps, owner.residentId);
  const sessions = await sessionsOf(
    deps,
    bookings.map((b) => b.sessionId),
  );
  const calendar = ical({
    name: 'Fabrique — mes réservations',
    prodId: '-//Fabrique//Reservations//FR',
  });
  for (const booking of bookings) {
    const session = sessions.get(booking.sessionId);
    if (!session) continue;
    calendar.createEvent({
      id: `${booking.id}@fabrique`,
      start: session.startsAt,
      end: session.endsAt,
      summary: booking.status === 'offered' ? `Place proposée — ${session.title}` : session.title,
      description:
        booking.seats > 1 ? `Réservation de ${booking.seats} places.` : 'Réservation d’une place.',
      location: session.commune,
      url: `${publicUrl}/sessions/${session.id}`,
      status:
        session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: booking.updatedAt,
      sequence: session.version,
    });
  }
  return calendar.toString();
}
