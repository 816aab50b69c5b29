// Walk-ins fill the seats nobody came for, not more: the people present never exceed the
// session's capacity, so the hours a closed session reports are hours its seats could hold.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const HOUR = 3_600_000;

it('refuses walk-ins beyond the seats, counts a resent one once, and closes within them', async () => {
  const startsAt = new Date(Date.now() - HOUR);
  const session = await h.session({
    capacity: 3,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - HOUR).toISOString(),
  });
  const host = {
    Authorization: `Bearer ${await h.token(session.hostIds[0] as string, ['resident', 'host'])}`,
  };
  const path = `/api/rosters/${session.sessionId}`;
  const walkIn = (id: string, seats: number) => ({
    id,
    name: 'Famille Martin',
    commune: 'vassieux-en-vercors',
    seats,
  });
  const first = walkIn(randomUUID(), 2);
  const add = (...walkIns: ReturnType<typeof walkIn>[]) =>
    request(h.app).post(`${path}/attendance`).set(host).send({ walkIns });

  expect((await add(first)).status).toBe(200);
  const over = await add(walkIn(randomUUID(), 2));
  expect(over.status).toBe(422);
  expect(over.body.code).toBe('ABOVE_CAPACITY');
  expect(over.body.detail).toContain('room for 1');
  expect((await add(first)).status).toBe(200); // sent again: counted once
  expect((await add(walkIn(randomUUID(), 1))).status).toBe(200);

  const closed = await request(h.app).post(`${path}/close`).set(host).send({});
  expect(closed.status).toBe(200);
  const closure = await h.deps.models.closures.findById(session.sessionId).lean<{
    summary: { attendees: number; walkIns: number };
  }>();
  expect(closure?.summary).toMatchObject({ attendees: 3, walkIns: 3 });
});
