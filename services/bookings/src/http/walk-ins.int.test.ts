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
  expect(over.body.detail).toBe('3 places, 2 personnes présentes : 1 place libre.');
  expect((await add(first)).status).toBe(200); // sent again: counted once
  expect((await add(walkIn(randomUUID(), 1))).status).toBe(200);

  const closed = await request(h.app).post(`${path}/close`).set(host).send({});
  expect(closed.status).toBe(200);
  const closure = await h.deps.models.closures.findById(session.sessionId).lean<{
    summary: { attendees: number; walkIns: number };
  }>();
  expect(closure?.summary).toMatchObject({ attendees: 3, walkIns: 3 });
});

it('says why walk-ins do not fit in French by default and in English on request', async () => {
  const startsAt = new Date(Date.now() - HOUR);
  const session = await h.session({
    capacity: 2,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - HOUR).toISOString(),
  });
  const host = {
    Authorization: `Bearer ${await h.token(session.hostIds[0] as string, ['resident', 'host'])}`,
  };
  const add = (seats: number, language?: string) => {
    const call = request(h.app).post(`/api/rosters/${session.sessionId}/attendance`).set(host);
    if (language) call.set('Accept-Language', language);
    return call.send({
      walkIns: [{ name: 'Famille Roux', commune: 'la-chapelle-en-vercors', seats }],
    });
  };
  expect((await add(1)).status).toBe(200);

  const french = await add(2);
  expect(french.status).toBe(422);
  expect(french.headers['content-language']).toBe('fr');
  expect(french.headers.vary).toContain('Accept-Language');
  expect(french.body).toMatchObject({
    code: 'ABOVE_CAPACITY',
    title: 'Plus de personnes présentes que de places dans la séance',
    detail: '2 places, 1 personne présente : 1 place libre.',
  });

  const english = await add(2, 'en-GB,en;q=0.9');
  expect(english.status).toBe(422);
  expect(english.headers['content-language']).toBe('en');
  expect(english.body).toMatchObject({
    code: 'ABOVE_CAPACITY',
    title: 'More people present than the session has seats',
    detail: '2 seats, 1 person present: room for 1 more person.',
  });
});
