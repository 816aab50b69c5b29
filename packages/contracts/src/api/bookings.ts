import { z } from 'zod';
import {
  ATTENDANCE_MARKS,
  BOOKING_STATUSES,
  CANCELLATION_CAUSES,
  REPAIR_OUTCOMES,
  collectedSchema,
} from '../events/bookings.js';
import { SESSION_STATUSES } from '../events/workshops.js';
import { instant } from './common.js';

// The bookings service's answers (services/bookings/src/http/views.ts and its use-cases).

const count = z.number().int().nonnegative();
const seats = z.number().int().positive();

/** The session a booking is for, as bookings knows it (from workshops' events). */
export const bookedSessionResponse = z.object({
  id: z.string(),
  workshopId: z.string(),
  title: z.string(),
  kind: z.string(),
  commune: z.string().describe('Commune of the venue'),
  venueId: z.string(),
  startsAt: instant,
  endsAt: instant,
  status: z.enum(SESSION_STATUSES),
});

/** A booking, as its changes answer it (`POST /api/bookings`, `…/cancel`, `…/accept`, `…/decline`). */
export const bookingResponse = z.object({
  id: z.string(),
  sessionId: z.string(),
  workshopId: z.string(),
  residentId: z.string().describe('The person the seats are for'),
  bookedBy: z
    .string()
    .describe('Who made the booking: the resident, or a host or coordinator on their behalf'),
  seats,
  status: z.enum(BOOKING_STATUSES),
  position: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('Place on the waiting list (1 = next to be offered a seat); null when not waiting'),
  offerExpiresAt: instant
    .nullable()
    .describe('While a seat is offered: when the offer lapses if not accepted'),
  attendance: z
    .enum(ATTENDANCE_MARKS)
    .nullable()
    .describe('As the hosts marked it; null until marked'),
  cancellation: z
    .object({
      cause: z.enum(CANCELLATION_CAUSES),
      reason: z.string().nullable(),
      at: instant,
    })
    .nullable(),
  createdAt: instant,
  updatedAt: instant,
});

/** A booking as it is read (`GET /api/bookings`, `GET /api/bookings/{id}`): with its session. */
export const bookingWithSessionResponse = bookingResponse.extend({
  session: bookedSessionResponse
    .nullable()
    .describe('Null when bookings does not know the session (yet)'),
});

/** `GET /api/bookings/sessions/{sessionId}/availability`: the catalogue's seats. */
export const sessionAvailabilityResponse = z.object({
  sessionId: z.string(),
  capacity: count,
  confirmed: count.describe('Seats taken by confirmed bookings'),
  seatsLeft: count.describe('Seats neither confirmed nor held by an offer'),
  waitlisted: count.describe('Bookings on the waiting list'),
});

/** `POST /api/bookings/calendar`: the secret address of my calendar feed. */
export const calendarFeedResponse = z.object({
  url: z.string().describe('iCalendar feed; anyone with the address can read it'),
});

const repairTally = { fixed: count, repairable: count, endOfLife: count };
const attendees = count;

/** What a session delivered, as recorded when its attendance was closed. */
export const attendanceClosureResponse = z.object({
  sessionId: z.string(),
  workshopId: z.string(),
  kind: z.string(),
  commune: z.string().describe('Commune of the venue'),
  startsAt: instant,
  durationMinutes: z.number().int().positive(),
  hostIds: z.array(z.string()),
  bookedSeats: count.describe('Seats of the confirmed bookings'),
  attendees: count.describe('Booked seats marked attended, plus walk-ins'),
  noShows: count.describe('Booked seats nobody came for (unmarked bookings count as no-shows)'),
  walkIns: count.describe('People who came without a booking'),
  participantMinutes: count.describe('Attendees × the session’s duration'),
  participantHours: z.number().nonnegative().describe('participantMinutes / 60, to 2 decimals'),
  byResidenceCommune: z
    .array(z.object({ commune: z.string(), attendees }))
    .describe('Attendees by the commune they live in (`unknown` when not known)'),
  byKind: z.array(z.object({ kind: z.string(), attendees })),
  repairs: z.object({
    items: count,
    ...repairTally,
    byCategory: z.array(z.object({ category: z.string(), ...repairTally })),
  }),
  closedBy: z.string(),
  closedAt: instant,
});

/** `POST /api/rosters/{sessionId}/close`: what the session delivered, with what was said at closing. */
export const attendanceClosedResponse = attendanceClosureResponse.extend({
  collected: collectedSchema
    .optional()
    .describe('Money collected at the door, in cents (absent: none said)'),
  volunteers: z
    .array(z.object({ accountId: z.string(), minutes: z.number().int().positive() }))
    .optional()
    .describe('Hosts and helpers who gave their time (absent: none said)'),
});

/** `POST /api/rosters/{sessionId}/void`: a coordinator voided a closed session's delivery. */
export const deliveryVoidResponse = z.object({
  sessionId: z.string(),
  reason: z.string(),
  voidedBy: z.string(),
  voidedAt: instant,
});

/** One booking on a roster, with the resident's name and contact (for the hosts). */
export const rosterBookingResponse = z.object({
  bookingId: z.string(),
  status: z.enum(BOOKING_STATUSES).extract(['confirmed', 'offered']),
  seats,
  attendance: z.enum(ATTENDANCE_MARKS).nullable(),
  attendedSeats: count.nullable().describe('Of a booking marked attended: the seats that came'),
  resident: z.object({
    id: z.string(),
    displayName: z.string().nullable(),
    email: z.string().nullable(),
    commune: z.string().nullable(),
  }),
});

/** `GET /api/rosters/{sessionId}` (and what recording attendance answers). */
export const rosterResponse = z.object({
  sessionId: z.string(),
  title: z.string(),
  startsAt: instant,
  capacity: count,
  hosts: z
    .array(z.object({ id: z.string(), displayName: z.string().nullable() }))
    .describe('The session’s hosts, named (for their volunteer hours at closing)'),
  bookings: z.array(rosterBookingResponse).describe('Confirmed and offered bookings'),
  waitlisted: count.describe('Bookings on the waiting list'),
  walkIns: z.array(
    z.object({ id: z.string(), name: z.string(), commune: z.string(), seats: seats }),
  ),
  repairs: z.array(
    z.object({
      id: z.string(),
      category: z.string().describe('Open Repair Data Standard product category'),
      outcome: z.enum(REPAIR_OUTCOMES),
    }),
  ),
  closed: attendanceClosureResponse.nullable().describe('Null until attendance is closed'),
  voided: deliveryVoidResponse
    .omit({ sessionId: true })
    .nullable()
    .describe('A coordinator voided the delivery: the fund no longer counts it'),
});

export type BookedSessionResponse = z.infer<typeof bookedSessionResponse>;
export type BookingResponse = z.infer<typeof bookingResponse>;
export type BookingWithSessionResponse = z.infer<typeof bookingWithSessionResponse>;
export type SessionAvailabilityResponse = z.infer<typeof sessionAvailabilityResponse>;
export type CalendarFeedResponse = z.infer<typeof calendarFeedResponse>;
export type AttendanceClosureResponse = z.infer<typeof attendanceClosureResponse>;
export type AttendanceClosedResponse = z.infer<typeof attendanceClosedResponse>;
export type DeliveryVoidResponse = z.infer<typeof deliveryVoidResponse>;
export type RosterBookingResponse = z.infer<typeof rosterBookingResponse>;
export type RosterResponse = z.infer<typeof rosterResponse>;
