import { z } from 'zod';
import { defineEvent } from '../define-event.js';

const timestamp = z.iso.datetime({ offset: true });

export const BOOKING_STATUSES = [
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'expired',
] as const;
export const ATTENDANCE_MARKS = ['attended', 'no-show'] as const;
export const CANCELLATION_CAUSES = [
  'resident',
  'host',
  'coordinator',
  'declined',
  'session-cancelled',
] as const;
/** Open Repair Data Standard repair statuses. */
export const REPAIR_OUTCOMES = ['fixed', 'repairable', 'end-of-life'] as const;

/**
 * A booking as every booking event carries it: the whole state after the change, so that a
 * consumer (or another bookings replica) can keep a copy by `version` alone, whatever the
 * order and number of deliveries.
 */
export const bookingData = z.object({
  bookingId: z.string(),
  sessionId: z.string(),
  workshopId: z.string(),
  residentId: z.string(),
  bookedBy: z.string(),
  seats: z.number().int().positive(),
  status: z.enum(BOOKING_STATUSES),
  /** Seat numbers held (confirmed or offered), empty otherwise. */
  seatNos: z.array(z.number().int().positive()),
  /** Order of arrival on the waiting list; null for a booking that never waited. */
  ticket: z.number().int().positive().nullable(),
  /** Place on the waiting list when the event was written (1 = next to be offered). */
  position: z.number().int().positive().nullable(),
  offerExpiresAt: timestamp.nullable(),
  attendance: z.enum(ATTENDANCE_MARKS).nullable(),
  attendedSeats: z.number().int().nonnegative().nullable(),
  createdAt: timestamp,
  version: z.number().int().positive(),
});

export type BookingData = z.infer<typeof bookingData>;

export const bookingConfirmedV1 = defineEvent(
  'fabrique.bookings.booking.confirmed.v1',
  bookingData,
);
export const bookingWaitlistedV1 = defineEvent(
  'fabrique.bookings.booking.waitlisted.v1',
  bookingData,
);
/** Seats are held for the resident until `offerExpiresAt`: the most urgent message to send. */
export const bookingOfferedV1 = defineEvent('fabrique.bookings.booking.offered.v1', bookingData);
export const bookingOfferExpiredV1 = defineEvent(
  'fabrique.bookings.booking.offer-expired.v1',
  bookingData,
);
export const bookingCancelledV1 = defineEvent(
  'fabrique.bookings.booking.cancelled.v1',
  bookingData.extend({
    cause: z.enum(CANCELLATION_CAUSES),
    reason: z.string().nullable(),
    cancelledBy: z.string(),
  }),
);
/** From the waiting list to a seat: the resident accepted an offer, or it was confirmed for them close to the start. */
export const bookingPromotedV1 = defineEvent(
  'fabrique.bookings.booking.promoted.v1',
  bookingData.extend({ via: z.enum(['accepted', 'auto-confirmed']) }),
);

/** A host marked a booking attended or no-show, or added a walk-in. */
export const attendanceRecordedV1 = defineEvent(
  'fabrique.bookings.attendance.recorded.v1',
  z.object({
    sessionId: z.string(),
    recordedBy: z.string(),
    entry: z.discriminatedUnion('type', [
      z.object({ type: z.literal('booking'), booking: bookingData }),
      z.object({
        type: z.literal('walk-in'),
        walkInId: z.string(),
        commune: z.string(),
        seats: z.number().int().positive(),
      }),
    ]),
  }),
);

const attendees = z.number().int().nonnegative();

/**
 * The hosts closed a session's attendance: what the fund counts as delivered. Emitted once
 * per session. Participant-hours = attendees × the session's duration.
 */
/** What a session collected at the door, per means of payment, in cents. */
export const collectedSchema = z.object({
  cashCents: z.number().int().nonnegative(),
  chequeCents: z.number().int().nonnegative(),
  cardCents: z.number().int().nonnegative(),
  /** How many people paid, when the host counted them. */
  payers: z.number().int().nonnegative().nullable(),
});

export type Collected = z.infer<typeof collectedSchema>;

export const sessionAttendanceClosedV1 = defineEvent(
  'fabrique.bookings.session.attendance-closed.v1',
  z.object({
    sessionId: z.string(),
    workshopId: z.string(),
    kind: z.string(),
    /** Commune of the venue. */
    commune: z.string(),
    startsAt: timestamp,
    durationMinutes: z.number().int().positive(),
    hostIds: z.array(z.string()),
    bookedSeats: z.number().int().nonnegative(),
    attendees: z.number().int().nonnegative(),
    noShows: z.number().int().nonnegative(),
    walkIns: z.number().int().nonnegative(),
    participantMinutes: z.number().int().nonnegative(),
    participantHours: z.number().nonnegative(),
    byResidenceCommune: z.array(z.object({ commune: z.string(), attendees })),
    byKind: z.array(z.object({ kind: z.string(), attendees })),
    repairs: z.object({
      items: z.number().int().nonnegative(),
      fixed: z.number().int().nonnegative(),
      repairable: z.number().int().nonnegative(),
      endOfLife: z.number().int().nonnegative(),
      byCategory: z.array(
        z.object({
          category: z.string(),
          fixed: z.number().int().nonnegative(),
          repairable: z.number().int().nonnegative(),
          endOfLife: z.number().int().nonnegative(),
        }),
      ),
    }),
    /** Money the session collected at the door, as its host counted it (absent: none said). */
    collected: collectedSchema.optional(),
    /** The hosts and helpers who gave their time, and how long (absent: none said). */
    volunteers: z
      .array(z.object({ accountId: z.string(), minutes: z.number().int().positive() }))
      .optional(),
    closedBy: z.string(),
    closedAt: timestamp,
  }),
);

/**
 * A coordinator voided a closed session's delivery (held by mistake, or never held): the fund
 * no longer counts its hours. Never an edit: the closure stays, this reverses it, once.
 * `startsAt` places it in its fund period.
 */
export const sessionDeliveryVoidedV1 = defineEvent(
  'fabrique.bookings.session.delivery-voided.v1',
  z.object({
    sessionId: z.string(),
    startsAt: timestamp,
    reason: z.string(),
    voidedBy: z.string(),
    voidedAt: timestamp,
  }),
);

/**
 * Seats of a session after a booking change: feeds the catalogue's "seats left" and the
 * workshops rule that capacity never drops below the confirmed seats. `version` orders the
 * changes of one session. Superseded by v2, whose order comes from the data: bookings publishes
 * both until every consumer reads v2 (workshops does), then v1 goes.
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

/**
 * Seats of a session after a booking change (see v1). `sequence` is the session's booking
 * sequence (each booking counts its versions: 1 when made, +1 per change), the same whichever
 * replica computes it from the same changes, so the larger one is the more informed count.
 */
export const sessionAvailabilityChangedV2 = defineEvent(
  'fabrique.bookings.session.availability-changed.v2',
  z.object({
    sessionId: z.string(),
    capacity: z.number().int().nonnegative(),
    confirmed: z.number().int().nonnegative(),
    seatsLeft: z.number().int().nonnegative(),
    waitlisted: z.number().int().nonnegative(),
    sequence: z.number().int().nonnegative(),
  }),
);
