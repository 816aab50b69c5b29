import { draftBooking, type Booking } from '../domain/booking.js';
import { SessionBookings } from './live-bookings.js';
import { SeatAllocator } from './seat-allocator.js';

const now = new Date('2026-12-01T10:00:00Z');

function booking(id: string, overrides: Partial<Booking>): Booking {
  const draft = {
    id,
    sessionId: 's1',
    workshopId: 'w1',
    residentId: `r-${id}`,
    bookedBy: `r-${id}`,
  };
  return { ...draftBooking({ ...draft, seats: 1 }, now), ...overrides };
}

const later = new Date('2026-12-08T10:00:00Z');

it('hands concurrent requests distinct free seats, never more than capacity', () => {
  const index = new SessionBookings('s1', later);
  index.apply(booking('a', { seats: 2, seatNos: [1, 2] }));
  const allocator = new SeatAllocator(() => index);
  expect(allocator.freeSeats('s1', 4, now)).toBe(2);
  expect(allocator.reserveSeat('s1', 4, now)).toBe(3);
  expect(allocator.reserveSeat('s1', 4, now)).toBe(4);
  expect(allocator.reserveSeat('s1', 4, now)).toBeUndefined();
  allocator.unreserve('s1', [3]);
  allocator.takenElsewhere('s1', 3, now);
  expect(allocator.reserveSeat('s1', 4, now)).toBeUndefined();
  expect(allocator.reserveSeat('s1', 4, new Date(now.getTime() + 61_000))).toBe(3);
});

it('keeps tickets increasing and counts places in line from the tickets that left', () => {
  const index = new SessionBookings('s1', later);
  index.apply(booking('a', { status: 'waitlisted', ticket: 1 }));
  index.apply(booking('b', { status: 'waitlisted', ticket: 2 }));
  index.apply(booking('c', { status: 'waitlisted', ticket: 3 }));
  const allocator = new SeatAllocator(() => index);
  expect(allocator.nextTicket('s1')).toBe(4);
  expect(allocator.nextTicket('s1')).toBe(5);
  index.apply(booking('a', { status: 'cancelled', ticket: 1, version: 2 }));
  expect(index.positionOf(index.get('c') as Booking)).toBe(2);
  expect(index.waitlist().map((b) => b.id)).toEqual(['b', 'c']);
  expect(index.apply(booking('a', { status: 'waitlisted', ticket: 1, version: 1 }))).toBe(false);
});

it('versions what it derives by the data: every booking change adds one', () => {
  const index = new SessionBookings('s1', later);
  index.apply(booking('a', {}));
  index.apply(booking('b', {}));
  expect(index.sequence()).toBe(2);
  index.apply(booking('a', { status: 'cancelled', version: 2 }));
  expect(index.sequence()).toBe(3);
  // A redelivered older copy changes nothing.
  index.apply(booking('a', { version: 1 }));
  expect(index.sequence()).toBe(3);
});
