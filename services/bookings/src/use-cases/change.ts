import type { Envelope } from '@fabrique/contracts';
import { applyChange, type Booking, type BookingChange } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { transition } from '../store/booking.store.js';
import type { BookingsDeps } from './deps.js';

/**
 * One change of a booking with its events, once (see `transition`). Returns the new booking,
 * or undefined when someone else changed it first.
 */
export async function tryChange(
  deps: BookingsDeps,
  booking: Booking,
  change: BookingChange,
  eventsOf: (next: Booking) => Envelope[],
): Promise<Booking | undefined> {
  const now = deps.now();
  const full = { ...change, updatedAt: now };
  const events = eventsOf(applyChange(booking, full));
  const next = await deps.outbox.save(
    deps.models.bookings,
    booking.id,
    events,
    async () => (await transition(deps.models, booking, full, events, now)) ?? false,
  );
  if (!next) return undefined;
  deps.live.apply(next);
  return next;
}

export async function change(
  deps: BookingsDeps,
  booking: Booking,
  fields: BookingChange,
  eventsOf: (next: Booking) => Envelope[],
): Promise<Booking> {
  const next = await tryChange(deps, booking, fields, eventsOf);
  if (!next) throw bookingErrors.BOOKING_CONFLICT();
  return next;
}
