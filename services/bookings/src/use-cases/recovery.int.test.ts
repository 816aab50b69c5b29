import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { newId, sessionRescheduledV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';
import { finishInterruptedTransitions, findBooking } from '../store/booking.store.js';
import { bookingEvents } from '../domain/booking-events.js';
import { applyChange } from '../domain/booking.js';
import { claimFields } from '../store/claim.store.js';
import { RECENT_CLAIMS_MS, releaseLeftoverClaims } from '../sweeps.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const bearer = async (id: string) => ({ Authorization: `Bearer ${await h.token(id)}` });

async function bookOne(resident: string, sessionId: string): Promise<string> {
  const res = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

it('finishes a change whose gate was taken but whose write a crash interrupted', async () => {
  const session = await h.session();
  const id = await bookOne(newId(), session.sessionId);
  const booking = (await findBooking(h.deps.models, id))!;
  const now = new Date();
  const change = {
    status: 'cancelled' as const,
    cancellation: { cause: 'resident' as const, reason: null, by: booking.residentId, at: now },
  };
  const event = bookingEvents.cancelled(applyChange(booking, change), now);
  await h.deps.models.transitions.create({
    _id: `${id}:2`,
    bookingId: id,
    version: 2,
    at: now,
    change,
    events: [event],
  });
  expect(
    await finishInterruptedTransitions(h.deps.models, new Date(now.getTime() - 60_000)),
  ).toEqual([id]);
  expect(await findBooking(h.deps.models, id)).toMatchObject({ status: 'cancelled', version: 2 });
  expect(
    await finishInterruptedTransitions(h.deps.models, new Date(now.getTime() - 60_000)),
  ).toEqual([]);
});

it('gives back seats and holds left by a crashed request, and offers the seat to the line', async () => {
  const session = await h.session({ capacity: 1 });
  const old = new Date(Date.now() - 5 * 60_000);
  await h.deps.models.seats.create({ _id: `${session.sessionId}:1`, bookingId: newId(), at: old });
  const resident = newId();
  await h.deps.models.holds.create({
    _id: `${session.sessionId}:${resident}`,
    bookingId: newId(),
    at: old,
  });
  const waiting = newId();
  const res = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(waiting))
    .send({ sessionId: session.sessionId });
  expect(res.body.status).toBe('waitlisted');
  expect(await releaseLeftoverClaims(h.deps, 60_000)).toBe(2);
  await eventually(
    () => findBooking(h.deps.models, res.body.id as string),
    (b) => b?.status === 'offered',
  );
  const again = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId: session.sessionId });
  expect(again.status).toBe(201);
});

it('finds the last hours of claims by their hour in every round, and older ones at start-up', async () => {
  const session = await h.session({ capacity: 2 });
  const recent = new Date(Date.now() - 5 * 60_000);
  // Two hours beyond the lookback: the sweep reads whole hours back from the one its lookback
  // starts in, so one hour beyond is still read in the first minute of an hour.
  const older = new Date(Date.now() - RECENT_CLAIMS_MS - 2 * 3_600_000);
  const seat = (n: number) => `${session.sessionId}:${n}`;
  await h.deps.models.seats.create({ _id: seat(1), ...claimFields(newId(), recent) });
  await h.deps.models.seats.create({ _id: seat(2), ...claimFields(newId(), older) });
  // Counted at least: leftovers of the file's earlier tests may be given back too (this
  // database is shared by the file); the claims of this test say what was found.
  expect(await releaseLeftoverClaims(h.deps, 60_000, RECENT_CLAIMS_MS)).toBeGreaterThanOrEqual(1);
  expect(await h.deps.models.seats.exists({ _id: seat(1) })).toBeNull();
  expect(await h.deps.models.seats.exists({ _id: seat(2) })).not.toBeNull();
  expect(await releaseLeftoverClaims(h.deps, 60_000)).toBeGreaterThanOrEqual(1);
  expect(await h.deps.models.seats.exists({ _id: seat(2) })).toBeNull();
});

it('lets a resident cancel inside the cutoff once the session moved', async () => {
  const startsAt = new Date(Date.now() + 30 * 3_600_000);
  const session = await h.session({
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
  });
  const resident = newId();
  const id = await bookOne(resident, session.sessionId);
  const moved = new Date(Date.now() + 10 * 3_600_000);
  await publishEvent(
    h.bus,
    sessionRescheduledV1.create(
      { source: 'fabrique/test', subject: session.sessionId },
      {
        ...session,
        startsAt: moved.toISOString(),
        endsAt: new Date(moved.getTime() + 3_600_000).toISOString(),
        bookingClosesAt: new Date(moved.getTime() - 3_600_000).toISOString(),
        version: 2,
        previousStartsAt: session.startsAt,
        previousVenueId: session.venueId,
      },
    ),
  );
  await eventually(
    () => h.deps.models.sessions.findById(session.sessionId).lean<{ version: number }>(),
    (s) => s?.version === 2,
  );
  const res = await request(h.app)
    .post(`/api/bookings/${id}/cancel`)
    .set(await bearer(resident))
    .send({});
  expect(res.body.status).toBe('cancelled');
});
