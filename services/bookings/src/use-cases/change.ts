import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import type { BookingTransition } from '../domain/transitions.js';
import { transition } from '../store/booking.store.js';
import type { BookingsDeps } from './deps.js';

/**
 * Writes a decision about `current` with its events, once (see `transition`). Returns the
 * new booking, or undefined when someone else changed it first.
 */
export async function tryChange(
  deps: BookingsDeps,
  current: Booking,
  decision: BookingTransition,
): Promise<Booking | undefined> {
  const { change, events } = decision;
  const next = await deps.outbox.save(
    deps.models.bookings,
    current.id,
    events,
    async () =>
      (await transition(deps.models, current, change, events, decision.booking.updatedAt)) ?? false,
  );
  if (!next) return undefined;
  deps.live.apply(next);
  return next;
}

/** As `tryChange`, for a caller who must be told that the booking changed under them. */
export async function change(
  deps: BookingsDeps,
  current: Booking,
  decision: BookingTransition,
): Promise<Booking> {
  const next = await tryChange(deps, current, decision);
  if (!next) throw bookingErrors.BOOKING_CONFLICT();
  return next;
}
