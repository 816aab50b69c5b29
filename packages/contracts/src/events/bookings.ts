import { z } from 'zod';
import { defineEvent } from '../define-event.js';

/**
 * Seats of a session after a booking change: feeds the catalogue's "seats left" and the
 * workshops rule that capacity never drops below the confirmed seats. `version` orders the
 * changes of one session.
 */
export const sessionAvailabilityChangedV1 = defineEvent(
  'fabrique.bookings.session.availability-changed.v1',
  z.object({
    sessionId: z.string(),
    capacity: z.number().int().nonnegative(),
    confirmed: z.number().int().nonnegative(),
    seatsLeft: z.number().int().nonnegative(),
    waitlisted: z.number().int().nonnegative(),
    version: z.number().int().positive(),
  }),
);
