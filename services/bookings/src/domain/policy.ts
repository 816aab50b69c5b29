import { countOf, formatDateTime, localized, type Localized } from '@fabrique/contracts';
import type { Booking } from './booking.js';
import { bookingErrors } from './errors.js';
import type { SessionRecord } from './session.js';

export interface BookingPolicy {
  maxSeatsPerBooking: number;
  /** Residents cancel a held seat until this long before the start. */
  cancelCutoffHours: number;
  /** Longest time an offered seat is held for the resident. */
  offerHours: number;
  /** Offers this close to the start are confirmed at once: nobody would see them in time. */
  autoConfirmHours: number;
}

const HOUR = 3_600_000;
const MIN_OFFER_MS = 15 * 60_000;

/** What a session that does not take bookings is, said to the caller. */
const NOT_OPEN_BECAUSE: Record<Exclude<SessionRecord['status'], 'scheduled'>, Localized> = {
  cancelled: { fr: 'La séance est annulée.', en: 'The session is cancelled.' },
  completed: { fr: 'La séance est terminée.', en: 'The session is completed.' },
};

const SEAT_FORMS = { fr: ['place', 'places'], en: ['seat', 'seats'] } as const;

export function assertBookable(
  session: SessionRecord,
  seats: number,
  now: Date,
  policy: BookingPolicy,
) {
  if (session.status !== 'scheduled')
    throw bookingErrors.SESSION_NOT_OPEN(NOT_OPEN_BECAUSE[session.status]);
  const { bookingOpensAt: opens, bookingClosesAt: closes } = session;
  if (now < opens)
    throw bookingErrors.SESSION_NOT_OPEN(
      localized((l) =>
        l === 'fr'
          ? `Les réservations ouvrent le ${formatDateTime(opens, l)}.`
          : `Booking opens on ${formatDateTime(opens, l)}.`,
      ),
    );
  if (now >= closes)
    throw bookingErrors.SESSION_NOT_OPEN(
      localized((l) =>
        l === 'fr'
          ? `Les réservations ont fermé le ${formatDateTime(closes, l)}.`
          : `Booking closed on ${formatDateTime(closes, l)}.`,
      ),
    );
  const limit = Math.min(policy.maxSeatsPerBooking, session.capacity);
  if (seats > limit)
    throw bookingErrors.TOO_MANY_SEATS(
      localized((l) =>
        l === 'fr'
          ? `Au plus ${countOf(limit, SEAT_FORMS, l)} par réservation pour cette séance.`
          : `At most ${countOf(limit, SEAT_FORMS, l)} per booking for this session.`,
      ),
    );
}

/**
 * Residents give up a seat until the cutoff; a session that moved after they booked frees
 * them from it. Leaving the waiting list is always possible.
 */
export function assertResidentMayCancel(
  booking: Booking,
  session: SessionRecord,
  now: Date,
  policy: BookingPolicy,
): void {
  if (booking.status === 'waitlisted') return;
  const movedSinceBooking =
    session.rescheduledAt !== null && session.rescheduledAt > booking.createdAt;
  if (movedSinceBooking && now < session.startsAt) return;
  const cutoff = new Date(session.startsAt.getTime() - policy.cancelCutoffHours * HOUR);
  if (now >= cutoff)
    throw bookingErrors.CUTOFF_PASSED(
      localized((l) =>
        l === 'fr'
          ? `L’annulation en ligne a fermé le ${formatDateTime(cutoff, l)} ; prévenez la personne qui anime la séance.`
          : `Online cancellation closed on ${formatDateTime(cutoff, l)}; ask the host.`,
      ),
    );
}

export type OfferTerms = { autoConfirm: true } | { autoConfirm: false; expiresAt: Date };

/**
 * How a freed seat goes to the next person: held for them for at most `offerHours`, for less
 * as the start nears (half of the time left before auto-confirmation, at least 15 minutes),
 * and confirmed outright within `autoConfirmHours` of the start.
 */
export function offerTerms(session: SessionRecord, now: Date, policy: BookingPolicy): OfferTerms {
  const untilAutoConfirm =
    session.startsAt.getTime() - policy.autoConfirmHours * HOUR - now.getTime();
  if (untilAutoConfirm <= 0) return { autoConfirm: true };
  const hold = Math.min(policy.offerHours * HOUR, Math.max(MIN_OFFER_MS, untilAutoConfirm / 2));
  return { autoConfirm: false, expiresAt: new Date(now.getTime() + hold) };
}
