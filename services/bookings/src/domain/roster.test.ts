import { summariseAttendance } from './attendance.js';
import { SOURCE } from './booking-events.js';
import { closeRoster, voidSessionDelivery, walkInRecorded } from './roster.js';
import type { SessionRecord } from './session.js';

const now = new Date('2026-12-05T12:00:00Z');
const session = {
  id: 's1',
  workshopId: 'w1',
  kind: 'repair',
  commune: 'saint-jean-en-royans',
  hostIds: ['h1'],
  startsAt: new Date('2026-12-05T09:00:00Z'),
  durationMinutes: 120,
} as SessionRecord;
const walkIn = { id: 'wi1', sessionId: 's1', name: 'Lou', commune: 'vassieux', seats: 2 };
const summary = summariseAttendance({
  session,
  bookings: [],
  walkIns: [walkIn],
  repairs: [],
  communeOf: () => undefined,
});

it('records a walk-in with an event naming its commune and seats, not its name', () => {
  const events = walkInRecorded(walkIn, 'h1', now);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    type: 'fabrique.bookings.attendance.recorded.v1',
    source: SOURCE,
    subject: 's1',
    time: now.toISOString(),
    data: {
      sessionId: 's1',
      recordedBy: 'h1',
      entry: { type: 'walk-in', walkInId: 'wi1', commune: 'vassieux', seats: 2 },
    },
  });
  expect(JSON.stringify(events[0])).not.toContain('Lou');
});

describe('closing a roster', () => {
  it('keeps the summary and reports it with who closed it and when', () => {
    const { closure, report, events } = closeRoster(summary, {}, 'h1', now);
    expect(closure).toEqual({ summary, closedBy: 'h1', closedAt: now, collected: null });
    expect(report).toEqual({ ...summary, closedBy: 'h1', closedAt: now.toISOString() });
    expect(report).not.toHaveProperty('collected');
    expect(report).not.toHaveProperty('volunteers');
    expect(events.map((e) => e.type)).toEqual(['fabrique.bookings.session.attendance-closed.v1']);
    expect(events[0]).toMatchObject({ subject: 's1', data: { attendees: 2, closedBy: 'h1' } });
  });

  it('adds the money and the volunteers when given', () => {
    const collected = { cashCents: 500, chequeCents: 0, cardCents: 1200, payers: 3 };
    const volunteers = [{ accountId: 'h1', minutes: 150 }];
    const { closure, report, events } = closeRoster(summary, { collected, volunteers }, 'h1', now);
    expect(closure.collected).toEqual(collected);
    expect(report).toMatchObject({ collected, volunteers });
    expect(events[0]?.data).toMatchObject({ collected, volunteers });
  });

  it('leaves an empty list of volunteers out', () => {
    expect(closeRoster(summary, { volunteers: [] }, 'h1', now).report).not.toHaveProperty(
      'volunteers',
    );
  });
});

it('voids a delivery with its reason, placed in its period by the session start', () => {
  const { voided, events } = voidSessionDelivery(session, 'never held', 'c1', now);
  expect(voided).toEqual({ reason: 'never held', voidedBy: 'c1', voidedAt: now });
  expect(events[0]).toMatchObject({
    type: 'fabrique.bookings.session.delivery-voided.v1',
    subject: 's1',
    data: {
      sessionId: 's1',
      startsAt: session.startsAt.toISOString(),
      reason: 'never held',
      voidedBy: 'c1',
      voidedAt: now.toISOString(),
    },
  });
});
