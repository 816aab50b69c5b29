/**
 * What the bookings service answers to the residents' pages (the types are the service's
 * documented answers: @fabrique/contracts, api/bookings.ts), and the calls those pages make.
 */
import type { QueryClient } from '@tanstack/preact-query';
import type {
  BookedSessionResponse,
  BookingResponse,
  BookingWithSessionResponse,
  CalendarFeedResponse,
  Page,
} from '@fabrique/contracts';
import { api } from '../../api/client.js';

export type BookingStatus = BookingResponse['status'];
export type CancellationCause = NonNullable<BookingResponse['cancellation']>['cause'];

export type BookingSession = BookedSessionResponse;

/**
 * A booking as its changes answer it; reads (`GET /` and `GET /{id}`) add its `session`
 * (null when bookings does not know the session yet).
 */
export type Booking = BookingResponse & Partial<Pick<BookingWithSessionResponse, 'session'>>;

export type BookingPage = Page<BookingWithSessionResponse>;

export type When = 'upcoming' | 'past';

/** Server default (MAX_SEATS_PER_BOOKING); a lower configured limit answers TOO_MANY_SEATS. */
export const MAX_SEATS_PER_BOOKING = 6;

export const bookingKeys = {
  all: ['bookings'] as const,
  list: (when: When) => ['bookings', 'list', when] as const,
  one: (id: string) => ['bookings', 'one', id] as const,
  forSession: (sessionId: string) => ['bookings', 'session', sessionId] as const,
};

/**
 * A booking changes without the resident doing anything (a seat is offered, an offer
 * expires): its reads are asked again on every visit rather than kept for a while.
 */
export const FRESH = 0;

export const isActive = (booking: Pick<Booking, 'status'>) =>
  booking.status === 'confirmed' || booking.status === 'waitlisted' || booking.status === 'offered';

export function myBookingsPath(when: When, cursor?: string, limit = 20): string {
  const params = new URLSearchParams({ when, limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/api/bookings?${params.toString()}`;
}

export const fetchMyBookings = (when: When, cursor?: string, limit?: number) =>
  api<BookingPage>(myBookingsPath(when, cursor, limit));

export const fetchBooking = (id: string) =>
  api<BookingWithSessionResponse>(`/api/bookings/${encodeURIComponent(id)}`);

/** My current booking for one session, if any (a few pages of upcoming bookings at most). */
export async function fetchMyBookingFor(sessionId: string): Promise<Booking | null> {
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const next = await fetchMyBookings('upcoming', cursor, 100);
    const found = next.items.find((b) => b.sessionId === sessionId && isActive(b));
    if (found) return found;
    cursor = next.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return null;
}

export const bookSeats = (sessionId: string, seats: number, idempotencyKey: string) =>
  api<Booking>('/api/bookings', { method: 'POST', body: { sessionId, seats }, idempotencyKey });

export const cancelBooking = (id: string, reason: string) =>
  api<Booking>(`/api/bookings/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: reason.trim() ? { reason: reason.trim() } : {},
  });

export const acceptOffer = (id: string) =>
  api<Booking>(`/api/bookings/${encodeURIComponent(id)}/accept`, { method: 'POST', body: {} });

export const declineOffer = (id: string) =>
  api<Booking>(`/api/bookings/${encodeURIComponent(id)}/decline`, { method: 'POST', body: {} });

export const createCalendarLink = (idempotencyKey: string) =>
  api<CalendarFeedResponse>('/api/bookings/calendar', { method: 'POST', body: {}, idempotencyKey });

export const revokeCalendarLink = () =>
  api<undefined>('/api/bookings/calendar', { method: 'DELETE' });

/**
 * After a change, the answer (without session details) replaces what the pages show, and
 * every list and count that depends on it is read again.
 */
export async function afterChange(queryClient: QueryClient, changed: Booking): Promise<void> {
  const merge = (old: Booking) => ({ ...old, ...changed, session: old.session });
  // A booking page not visited yet stays empty: it will read the whole booking itself.
  queryClient.setQueryData<Booking>(bookingKeys.one(changed.id), (old) => old && merge(old));
  queryClient.setQueryData<Booking | null>(bookingKeys.forSession(changed.sessionId), (old) =>
    isActive(changed) ? (old ? merge(old) : changed) : null,
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['bookings', 'list'] }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.one(changed.id) }),
    queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
  ]);
}
