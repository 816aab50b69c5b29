import { draftBooking, type Booking } from './booking.js';
import { SOURCE } from './booking-events.js';
import {
  acceptOffer,
  cancelBooking,
  confirmBooking,
  declineOffer,
  expireOffer,
  markAttendance,
  offerLapsed,
  offerSeats,
  waitlistBooking,
} from './transitions.js';

const created = new Date('2026-12-01T09:00:00Z');
const now = new Date('2026-12-01T10:00:00Z');
const later = new Date('2026-12-01T22:00:00Z');

function booking(overrides: Partial<Booking> = {}): Booking {
  const draft = { id: 'b1', sessionId: 's1', workshopId: 'w1', residentId: 'r1', bookedBy: 'r1' };
  return { ...draftBooking({ ...draft, seats: 3 }, created), ...overrides };
}

const waiting = () => booking({ status: 'waitlisted', ticket: 4 });
const offered = () =>
  booking({ status: 'offered', ticket: 4, seatNos: [2, 5, 6], offerExpiresAt: later, version: 2 });
const refused = (code: string) => expect.objectContaining({ code });

describe('a new booking', () => {
  it('is confirmed with its seats, its event carrying the whole booking', () => {
    const { booking: b, events } = confirmBooking(
      booking({ status: 'waitlisted' }),
      [1, 2, 3],
      now,
    );
    expect(b).toMatchObject({ status: 'confirmed', seatNos: [1, 2, 3], version: 1 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.confirmed.v1',
      source: SOURCE,
      subject: 'b1',
      time: now.toISOString(),
      data: { bookingId: 'b1', status: 'confirmed', seatNos: [1, 2, 3], position: null },
    });
  });

  it('waits in line with its ticket, its event saying its place', () => {
    const { booking: b, events } = waitlistBooking(booking(), 7, 2, now);
    expect(b).toMatchObject({ status: 'waitlisted', ticket: 7, seatNos: [] });
    expect(events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.waitlisted.v1',
      data: { status: 'waitlisted', ticket: 7, position: 2 },
    });
  });
});

describe('seats freed for the line', () => {
  it('are offered until the terms say, as the next version of the booking', () => {
    const t = offerSeats(waiting(), [2, 5, 6], { autoConfirm: false, expiresAt: later }, now);
    expect(t.change).toEqual({
      status: 'offered',
      seatNos: [2, 5, 6],
      offerExpiresAt: later,
      updatedAt: now,
    });
    expect(t.booking).toMatchObject({ status: 'offered', ticket: 4, version: 2, updatedAt: now });
    expect(t.events.map((e) => e.type)).toEqual(['fabrique.bookings.booking.offered.v1']);
    expect(t.events[0]?.data).toMatchObject({
      offerExpiresAt: later.toISOString(),
      version: 2,
    });
  });

  it('are confirmed outright close to the start, promoted as auto-confirmed', () => {
    const t = offerSeats(waiting(), [2, 5, 6], { autoConfirm: true }, now);
    expect(t.change).toEqual({ status: 'confirmed', seatNos: [2, 5, 6], updatedAt: now });
    expect(t.events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.promoted.v1',
      data: { status: 'confirmed', via: 'auto-confirmed' },
    });
  });
});

describe('an offer', () => {
  it('accepted, confirms the seats it held and forgets its expiry', () => {
    const t = acceptOffer(offered(), now);
    expect(t.booking).toMatchObject({
      status: 'confirmed',
      seatNos: [2, 5, 6],
      offerExpiresAt: null,
      version: 3,
    });
    expect(t.events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.promoted.v1',
      data: { via: 'accepted', offerExpiresAt: null, version: 3 },
    });
  });

  it('declined, is a cancellation by whoever answered', () => {
    const t = declineOffer(offered(), 'r1', now);
    expect(t.booking.status).toBe('cancelled');
    expect(t.change.cancellation).toEqual({ cause: 'declined', reason: null, by: 'r1', at: now });
    expect(t.booking.offerExpiresAt).toBeNull();
    expect(t.events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.cancelled.v1',
      data: { status: 'cancelled', cause: 'declined', reason: null, cancelledBy: 'r1' },
    });
  });

  it('expires into its own status', () => {
    const t = expireOffer(offered(), later);
    expect(t.change).toEqual({ status: 'expired', updatedAt: later });
    expect(t.events[0]?.type).toBe('fabrique.bookings.booking.offer-expired.v1');
  });

  it('lapses at its expiry, and only an offer does', () => {
    expect(offerLapsed(offered(), now)).toBe(false);
    expect(offerLapsed(offered(), later)).toBe(true);
    expect(offerLapsed(booking({ offerExpiresAt: created }), later)).toBe(false);
  });

  it.each([
    ['accept', (b: Booking) => acceptOffer(b, now)],
    ['decline', (b: Booking) => declineOffer(b, 'r1', now)],
    ['expire', (b: Booking) => expireOffer(b, now)],
  ])('cannot be %sed when none was made', (_verb, answer) => {
    for (const status of ['confirmed', 'waitlisted', 'cancelled', 'expired'] as const)
      expect(() => answer(booking({ status }))).toThrow(refused('NOT_OFFERED'));
  });
});

describe('a cancellation', () => {
  it('carries its cause, reason and author, frees the seats and drops an offer', () => {
    const t = cancelBooking(offered(), 'host', 'ill', 'h1', now);
    const cancellation = { cause: 'host', reason: 'ill', by: 'h1', at: now };
    expect(t.change).toEqual({
      status: 'cancelled',
      cancellation,
      offerExpiresAt: null,
      updatedAt: now,
    });
    expect(t.booking).toMatchObject({ status: 'cancelled', cancellation, version: 3 });
    expect(t.events[0]).toMatchObject({
      type: 'fabrique.bookings.booking.cancelled.v1',
      subject: 'b1',
      data: { cause: 'host', reason: 'ill', cancelledBy: 'h1', offerExpiresAt: null },
    });
  });
});

describe('attendance', () => {
  const session = { id: 's1' };

  it('counts the seats that came, never more than booked', () => {
    const marked = (seats: number | undefined) =>
      markAttendance(booking(), session, 'attended', seats, 'h1', now).change;
    expect(marked(undefined)).toEqual({ attendance: 'attended', attendedSeats: 3, updatedAt: now });
    expect(marked(2).attendedSeats).toBe(2);
    expect(marked(9).attendedSeats).toBe(3);
  });

  it('counts none for a no-show, whatever seats were said', () => {
    const t = markAttendance(booking(), session, 'no-show', 2, 'h1', now);
    expect(t.booking).toMatchObject({ attendance: 'no-show', attendedSeats: 0, version: 2 });
  });

  it('is recorded for the session, with the booking as marked', () => {
    const t = markAttendance(booking(), session, 'attended', 1, 'h1', now);
    expect(t.events[0]).toMatchObject({
      type: 'fabrique.bookings.attendance.recorded.v1',
      subject: 's1',
      data: {
        sessionId: 's1',
        recordedBy: 'h1',
        entry: { type: 'booking', booking: { bookingId: 'b1', attendedSeats: 1, version: 2 } },
      },
    });
  });

  it('refuses a booking of another session, or one without a seat', () => {
    const mark = (b: Booking) => () => markAttendance(b, session, 'attended', undefined, 'h1', now);
    expect(mark(booking({ sessionId: 's2' }))).toThrow(refused('NOT_ON_ROSTER'));
    expect(mark(booking({ status: 'waitlisted' }))).toThrow(refused('NOT_ON_ROSTER'));
    expect(mark(offered())).toThrow(refused('NOT_ON_ROSTER'));
  });
});
