import type { z } from 'zod';
import {
  attendanceClosedResponse,
  bookingResponse,
  bookingWithSessionResponse,
  calendarFeedResponse,
  deliveryVoidResponse,
  pageSchema,
  rosterResponse,
  sessionAvailabilityResponse,
} from '@fabrique/contracts';
import { opsRouteDocs, type RouteDoc } from '@fabrique/service-kit';
import {
  attendanceBody,
  bookBody,
  cancelBody,
  closeBody,
  myBookingsQuery,
  voidBody,
} from './schemas.js';

const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });
const bookingChange = ['BOOKING_NOT_FOUND', 'NOT_YOUR_BOOKING', 'BOOKING_CONFLICT'];
const hostOnly = ['SESSION_NOT_FOUND', 'NOT_A_HOST'];

/** The bookings service's public contract, from the schemas its routes validate with. */
export const routeDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/bookings',
    summary: 'Book seats (Idempotency-Key honoured): confirmed, or waitlisted with a position',
    access: 'authenticated',
    body: bookBody,
    responses: { 201: { description: 'Booking', schema: bookingResponse } },
    errors: [
      'SESSION_NOT_FOUND',
      'SESSION_NOT_OPEN',
      'TOO_MANY_SEATS',
      'ALREADY_BOOKED',
      'BOOKING_IN_PROGRESS',
      'NOT_ALLOWED_ON_BEHALF',
      'RESIDENT_NOT_FOUND',
    ],
  },
  {
    method: 'get',
    path: '/api/bookings',
    summary: 'My bookings, upcoming or past, with status and waiting-list position',
    access: 'authenticated',
    query: myBookingsQuery,
    responses: ok('Bookings', pageSchema(bookingWithSessionResponse)),
  },
  {
    method: 'get',
    path: '/api/bookings/{id}',
    summary: 'A booking (its resident, the session hosts, coordinators)',
    access: 'authenticated',
    responses: ok('Booking', bookingWithSessionResponse),
    errors: ['BOOKING_NOT_FOUND', 'NOT_YOUR_BOOKING'],
  },
  {
    method: 'post',
    path: '/api/bookings/{id}/cancel',
    summary:
      'Cancel (residents until the cutoff; hosts and coordinators any time) or leave the waiting list',
    access: 'authenticated',
    body: cancelBody,
    responses: ok('Cancelled booking', bookingResponse),
    errors: [...bookingChange, 'BOOKING_NOT_ACTIVE', 'CUTOFF_PASSED'],
  },
  {
    method: 'post',
    path: '/api/bookings/{id}/accept',
    summary: 'Accept an offered seat',
    access: 'authenticated',
    responses: ok('Confirmed booking', bookingResponse),
    errors: [...bookingChange, 'NOT_OFFERED', 'OFFER_EXPIRED'],
  },
  {
    method: 'post',
    path: '/api/bookings/{id}/decline',
    summary: 'Decline an offered seat (it goes to the next person)',
    access: 'authenticated',
    responses: ok('Cancelled booking', bookingResponse),
    errors: [...bookingChange, 'NOT_OFFERED'],
  },
  {
    method: 'get',
    path: '/api/bookings/sessions/{sessionId}/availability',
    summary: 'Seats left and waiting list of a session',
    access: 'public',
    responses: ok('Availability', sessionAvailabilityResponse),
    errors: ['SESSION_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/bookings/calendar',
    summary: 'Create or replace my secret calendar feed address (the old one stops working)',
    access: 'authenticated',
    responses: { 201: { description: 'Feed address', schema: calendarFeedResponse } },
  },
  {
    method: 'delete',
    path: '/api/bookings/calendar',
    summary: 'Revoke my calendar feed',
    access: 'authenticated',
    responses: { 204: { description: 'Revoked' } },
    errors: ['CALENDAR_NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/api/bookings/calendar/{token}.ics',
    summary: 'My bookings as iCalendar, at a secret address',
    access: 'public',
    responses: { 200: { description: 'text/calendar' } },
    errors: ['CALENDAR_NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/api/rosters/{sessionId}',
    summary: 'Who is coming, with names and contact (hosts of the session, coordinators)',
    access: ['host', 'coordinator'],
    responses: ok('Roster', rosterResponse),
    errors: hostOnly,
  },
  {
    method: 'post',
    path: '/api/rosters/{sessionId}/attendance',
    summary: 'Mark attended / no-show, add walk-ins and repair outcomes',
    access: ['host', 'coordinator'],
    body: attendanceBody,
    responses: ok('Roster', rosterResponse),
    errors: [
      ...hostOnly,
      'TOO_EARLY_FOR_ATTENDANCE',
      'ROSTER_CLOSED',
      'NOT_ON_ROSTER',
      'ABOVE_CAPACITY',
    ],
  },
  {
    method: 'post',
    path: '/api/rosters/{sessionId}/close',
    summary:
      'Close attendance once, with the money collected at the door if any: emits bookings.session.attendance-closed.v1',
    access: ['host', 'coordinator'],
    body: closeBody,
    responses: ok('What the session delivered', attendanceClosedResponse),
    errors: [
      ...hostOnly,
      'TOO_EARLY_FOR_ATTENDANCE',
      'ROSTER_CLOSED',
      'ABOVE_CAPACITY',
      'UNKNOWN_VOLUNTEER',
    ],
  },
  {
    method: 'post',
    path: '/api/rosters/{sessionId}/void',
    summary:
      'Void a closed session’s delivery with a reason, once: emits bookings.session.delivery-voided.v1 (the fund stops counting its hours)',
    access: ['coordinator'],
    body: voidBody,
    responses: ok('The void', deliveryVoidResponse),
    errors: ['SESSION_NOT_FOUND', 'ROSTER_NOT_CLOSED', 'DELIVERY_VOIDED'],
  },
  ...opsRouteDocs('bookings'),
];
