import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { accountDeletedV1, accountEmailChangedV1, newId } from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;
let closed: EventRecorder;

beforeAll(async () => {
  h = await startBookingsHarness();
  closed = await recordEvents(
    h.env.natsUrl,
    h.env.namespace,
    'bookings.session.attendance-closed.v1',
  );
});
afterAll(async () => {
  await closed.close();
  await h.stop();
});

const bearer = async (id: string, roles = ['resident']) => ({
  Authorization: `Bearer ${await h.token(id, roles)}`,
});

/** A session that started half an hour ago (booked while it was still open). */
async function runningSession() {
  const startsAt = new Date(Date.now() + 60_000);
  const session = await h.session({
    kind: 'repair',
    capacity: 10,
    durationMinutes: 90,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    bookingClosesAt: startsAt.toISOString(),
  });
  return session;
}

it('records attendance, walk-ins and repairs, and closes once with the right counts', async () => {
  const session = await runningSession();
  const host = session.hostIds[0] as string;
  const [ana, ben] = [
    await h.person('vassieux-en-vercors'),
    await h.person('saint-jean-en-royans'),
  ];
  const a = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(ana))
    .send({ sessionId: session.sessionId, seats: 2 });
  const b = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(ben))
    .send({ sessionId: session.sessionId });
  const hostAuth = await bearer(host, ['host']);
  const later = new Date(Date.now() + 10 * 60_000);
  const deps = { ...h.deps, now: () => later };
  const { recordAttendance, closeAttendance } = await import('../use-cases/attendance.js');
  const actor = {
    accountId: host,
    roles: ['host' as const],
    commune: 'x',
    organisations: [],
    issuedAt: 0,
    emailVerified: true,
  };
  await recordAttendance(deps, actor, session.sessionId, {
    marks: [
      { bookingId: a.body.id as string, mark: 'attended' },
      { bookingId: b.body.id as string, mark: 'no-show' },
    ],
    walkIns: [{ id: newId(), name: 'Marcel', commune: 'la-chapelle-en-vercors', seats: 1 }],
    repairs: [
      { category: 'Toaster', outcome: 'fixed' },
      { category: 'Toaster', outcome: 'end-of-life' },
      { category: 'Lamp', outcome: 'repairable' },
    ],
  });
  const roster = await request(h.app).get(`/api/rosters/${session.sessionId}`).set(hostAuth);
  expect(roster.status).toBe(200);
  expect(roster.body.bookings).toHaveLength(2);
  expect(roster.body.bookings[0].resident.email).toMatch(/@example.org$/);
  const summary = await closeAttendance(deps, actor, session.sessionId);
  expect(summary).toMatchObject({
    attendees: 3,
    bookedSeats: 3,
    noShows: 1,
    walkIns: 1,
    participantMinutes: 270,
    participantHours: 4.5,
    byResidenceCommune: [
      { commune: 'la-chapelle-en-vercors', attendees: 1 },
      { commune: 'vassieux-en-vercors', attendees: 2 },
    ],
    byKind: [{ kind: 'repair', attendees: 3 }],
    repairs: { items: 3, fixed: 1, repairable: 1, endOfLife: 1 },
  });
  await expect(closeAttendance(deps, actor, session.sessionId)).rejects.toMatchObject({
    code: 'ROSTER_CLOSED',
  });
  const close = await request(h.app).post(`/api/rosters/${session.sessionId}/close`).set(hostAuth);
  expect(close.body.code).toBe('ROSTER_CLOSED');
  await closed.waitFor(1);
  await new Promise((r) => setTimeout(r, 300));
  expect(closed.events).toHaveLength(1);
  expect(closed.events[0]).toMatchObject({
    data: { sessionId: session.sessionId, attendees: 3, hostIds: [host] },
  });
});

it('shows rosters only to the hosts of the session and coordinators; bookings only to their owner', async () => {
  const session = await h.session();
  const resident = newId();
  const booking = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId: session.sessionId });
  const otherHost = await request(h.app)
    .get(`/api/rosters/${session.sessionId}`)
    .set(await bearer(newId(), ['host']));
  expect(otherHost.body.code).toBe('NOT_A_HOST');
  const asResident = await request(h.app)
    .get(`/api/rosters/${session.sessionId}`)
    .set(await bearer(resident));
  expect(asResident.status).toBe(403);
  const coordinator = await request(h.app)
    .get(`/api/rosters/${session.sessionId}`)
    .set(await bearer(newId(), ['coordinator']));
  expect(coordinator.status).toBe(200);
  const early = await request(h.app)
    .post(`/api/rosters/${session.sessionId}/attendance`)
    .set(await bearer(session.hostIds[0] as string, ['host']))
    .send({ marks: [{ bookingId: booking.body.id as string, mark: 'attended' }] });
  expect(early.body.code).toBe('TOO_EARLY_FOR_ATTENDANCE');
  const someoneElse = await request(h.app)
    .get(`/api/bookings/${booking.body.id as string}`)
    .set(await bearer(newId()));
  expect(someoneElse.body.code).toBe('NOT_YOUR_BOOKING');
  const mine = await request(h.app)
    .get('/api/bookings')
    .set(await bearer(resident));
  expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([booking.body.id]);
  const others = await request(h.app)
    .get('/api/bookings')
    .set(await bearer(newId()));
  expect(others.body.items).toEqual([]);
});

it('serves my bookings at a secret, revocable calendar address', async () => {
  const session = await h.session({ title: 'Atelier couture' });
  const resident = newId();
  await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId: session.sessionId });
  const created = await request(h.app)
    .post('/api/bookings/calendar')
    .set(await bearer(resident));
  expect(created.status).toBe(201);
  const path = new URL(created.body.url as string).pathname;
  const feed = await request(h.app).get(path);
  expect(feed.status).toBe(200);
  expect(feed.type).toBe('text/calendar');
  expect(feed.text).toContain('SUMMARY:Atelier couture');
  const rotated = await request(h.app)
    .post('/api/bookings/calendar')
    .set(await bearer(resident));
  expect((await request(h.app).get(path)).body.code).toBe('CALENDAR_NOT_FOUND');
  await request(h.app)
    .delete('/api/bookings/calendar')
    .set(await bearer(resident))
    .expect(204);
  expect((await request(h.app).get(new URL(rotated.body.url as string).pathname)).status).toBe(404);
});

it('forgets name and address of a deleted account', async () => {
  const person = await h.person();
  await publishEvent(
    h.bus,
    accountDeletedV1.create(
      { source: 'fabrique/test', subject: person },
      { accountId: person, deletedAt: new Date().toISOString(), version: 2 },
    ),
  );
  const stored = await eventually(
    () => h.deps.models.people.findById(person).lean<{ email: string | null; deleted: boolean }>(),
    (p) => p?.deleted === true,
  );
  expect(stored?.email).toBeNull();
});

it('puts a changed address on the rosters, forgetting the old one', async () => {
  const person = await h.person();
  await publishEvent(
    h.bus,
    accountEmailChangedV1.create(
      { source: 'fabrique/test', subject: person },
      {
        accountId: person,
        email: 'nouvelle@example.org',
        previousEmail: `${person}@example.org`,
        changedAt: new Date().toISOString(),
        version: 2,
      },
    ),
  );
  const stored = await eventually(
    () => h.deps.models.people.findById(person).lean<{ email: string | null }>(),
    (p) => p?.email === 'nouvelle@example.org',
  );
  expect(stored?.email).toBe('nouvelle@example.org');
});

it('answers a malformed feed address as no feed (404), whatever its length', async () => {
  for (const file of ['x.ics', `${'a'.repeat(300)}.ics`, `${'a'.repeat(30)}.txt`]) {
    const res = await request(h.app).get(`/api/bookings/calendar/${file}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CALENDAR_NOT_FOUND');
  }
});
