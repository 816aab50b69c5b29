import type { Booking } from './booking.js';
import {
  assertBookable,
  assertResidentMayCancel,
  offerTerms,
  type BookingPolicy,
} from './policy.js';
import type { SessionRecord } from './session.js';

const HOUR = 3_600_000;
const now = new Date('2026-12-01T10:00:00Z');
const policy: BookingPolicy = {
  maxSeatsPerBooking: 6,
  cancelCutoffHours: 24,
  offerHours: 12,
  autoConfirmHours: 3,
};

function session(startsInHours: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  const startsAt = new Date(now.getTime() + startsInHours * HOUR);
  return {
    id: 's1',
    workshopId: 'w1',
    kind: 'cooking',
    title: 'Pain au levain',
    commune: 'vassieux-en-vercors',
    venueId: 'v1',
    hostIds: ['h1'],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    durationMinutes: 120,
    capacity: 4,
    bookingOpensAt: new Date(now.getTime() - HOUR),
    bookingClosesAt: new Date(startsAt.getTime() - HOUR),
    status: 'scheduled',
    rescheduledAt: null,
    version: 1,
    ...overrides,
  };
}

const booking = (overrides: Partial<Booking> = {}) =>
  ({
    status: 'confirmed',
    createdAt: new Date(now.getTime() - 48 * HOUR),
    ...overrides,
  }) as Booking;

describe('booking window and party size', () => {
  it('accepts a party that fits, inside the window', () => {
    expect(() => assertBookable(session(48), 4, now, policy)).not.toThrow();
  });
  it.each([
    [
      'not yet open',
      session(48, { bookingOpensAt: new Date(now.getTime() + HOUR) }),
      1,
      'SESSION_NOT_OPEN',
    ],
    ['closed', session(48, { bookingClosesAt: now }), 1, 'SESSION_NOT_OPEN'],
    ['cancelled', session(48, { status: 'cancelled' }), 1, 'SESSION_NOT_OPEN'],
    ['above capacity', session(48), 5, 'TOO_MANY_SEATS'],
    ['above the per-booking limit', session(48, { capacity: 20 }), 7, 'TOO_MANY_SEATS'],
  ])('refuses a booking when %s', (_label, s, seats, code) => {
    expect(() => assertBookable(s, seats, now, policy)).toThrow(expect.objectContaining({ code }));
  });
});

describe('cancellation cutoff', () => {
  it('lets a resident cancel a seat until 24 h before the start', () => {
    expect(() => assertResidentMayCancel(booking(), session(25), now, policy)).not.toThrow();
    expect(() => assertResidentMayCancel(booking(), session(23), now, policy)).toThrow(
      expect.objectContaining({ code: 'CUTOFF_PASSED' }),
    );
  });
  it('always lets people leave the waiting list', () => {
    expect(() =>
      assertResidentMayCancel(booking({ status: 'waitlisted' }), session(1), now, policy),
    ).not.toThrow();
  });
  it('lifts the cutoff when the session moved after the booking', () => {
    const moved = session(5, { rescheduledAt: new Date(now.getTime() - HOUR) });
    expect(() => assertResidentMayCancel(booking(), moved, now, policy)).not.toThrow();
    const movedBefore = session(5, { rescheduledAt: new Date(now.getTime() - 72 * HOUR) });
    expect(() => assertResidentMayCancel(booking(), movedBefore, now, policy)).toThrow();
  });
});

describe('offer terms', () => {
  it('holds a seat for 12 h when the start is far', () => {
    expect(offerTerms(session(72), now, policy)).toEqual({
      autoConfirm: false,
      expiresAt: new Date(now.getTime() + 12 * HOUR),
    });
  });
  it('holds it for half the time left before auto-confirmation when the start nears', () => {
    expect(offerTerms(session(7), now, policy)).toEqual({
      autoConfirm: false,
      expiresAt: new Date(now.getTime() + 2 * HOUR),
    });
  });
  it('never for less than 15 minutes, and confirms outright within 3 h of the start', () => {
    const tight = offerTerms(session(3.1), now, policy);
    expect(tight).toEqual({ autoConfirm: false, expiresAt: new Date(now.getTime() + 15 * 60_000) });
    expect(offerTerms(session(2), now, policy)).toEqual({ autoConfirm: true });
  });
});
