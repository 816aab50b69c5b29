import { summariseAttendance, type RepairItem } from './attendance.js';
import type { Booking } from './booking.js';
import type { SessionRecord } from './session.js';

const session = {
  id: 's1',
  workshopId: 'w1',
  kind: 'repair',
  commune: 'saint-jean-en-royans',
  hostIds: ['h1', 'h2'],
  startsAt: new Date('2026-12-05T09:00:00Z'),
  durationMinutes: 150,
} as SessionRecord;

const booking = (
  residentId: string,
  seats: number,
  attendance: Booking['attendance'],
  attendedSeats: number | null = null,
) => ({ residentId, seats, attendance, attendedSeats }) as Booking;

const repair = (category: string, outcome: RepairItem['outcome']): RepairItem => ({
  id: category + outcome,
  sessionId: 's1',
  category,
  outcome,
});

it('counts attendees, participant-hours, communes of residence and repair outcomes', () => {
  const communes: Record<string, string> = {
    ana: 'vassieux-en-vercors',
    ben: 'saint-jean-en-royans',
    cy: 'vassieux-en-vercors',
  };
  const summary = summariseAttendance({
    session,
    bookings: [
      booking('ana', 3, 'attended', 2),
      booking('ben', 1, 'attended'),
      booking('cy', 2, 'no-show'),
      booking('dee', 1, null),
    ],
    walkIns: [{ id: 'w', sessionId: 's1', name: 'Lou', commune: 'saint-jean-en-royans', seats: 2 }],
    repairs: [
      repair('Toaster', 'fixed'),
      repair('Lamp', 'end-of-life'),
      repair('Toaster', 'repairable'),
      repair('Toaster', 'fixed'),
    ],
    communeOf: (id) => communes[id],
  });
  expect(summary).toMatchObject({
    bookedSeats: 7,
    attendees: 5,
    noShows: 4,
    walkIns: 2,
    participantMinutes: 750,
    participantHours: 12.5,
    hostIds: ['h1', 'h2'],
    commune: 'saint-jean-en-royans',
    byResidenceCommune: [
      { commune: 'saint-jean-en-royans', attendees: 3 },
      { commune: 'vassieux-en-vercors', attendees: 2 },
    ],
    byKind: [{ kind: 'repair', attendees: 5 }],
    repairs: {
      items: 4,
      fixed: 2,
      repairable: 1,
      endOfLife: 1,
      byCategory: [
        { category: 'Lamp', fixed: 0, repairable: 0, endOfLife: 1 },
        { category: 'Toaster', fixed: 2, repairable: 1, endOfLife: 0 },
      ],
    },
  });
});

it('reports nobody for a session where nobody came', () => {
  const summary = summariseAttendance({
    session,
    bookings: [],
    walkIns: [],
    repairs: [],
    communeOf: () => undefined,
  });
  expect(summary).toMatchObject({
    attendees: 0,
    participantHours: 0,
    byKind: [],
    byResidenceCommune: [],
  });
});
