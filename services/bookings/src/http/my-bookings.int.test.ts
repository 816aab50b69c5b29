import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { backfillBookingMonths, insertBooking } from '../store/booking.store.js';
import { backfillResidentMonths } from '../store/resident-month.store.js';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bearer = async (id: string) => ({ Authorization: `Bearer ${await h.token(id)}` });

async function mine(resident: string, query: Record<string, string>) {
  return request(h.app)
    .get('/api/bookings')
    .query(query)
    .set(await bearer(resident));
}

/** Every page of "my bookings", following the cursor. */
async function allPages(resident: string, query: Record<string, string>) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await mine(resident, { ...query, ...(cursor ? { cursor } : {}) });
    expect(page.status).toBe(200);
    ids.push(...(page.body.items as { id: string }[]).map((b) => b.id));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return ids;
}

it('pages one person’s upcoming bookings soonest first, each once, by a keyset cursor', async () => {
  const resident = newId();
  const booked: { id: string; at: number }[] = [];
  // Two sessions at the same time: the booking id breaks the tie.
  for (const days of [9, 3, 5, 5, 12]) {
    const startsAt = new Date(Date.now() + days * DAY);
    const session = await h.session({
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      bookingClosesAt: new Date(startsAt.getTime() - HOUR).toISOString(),
    });
    const res = await request(h.app)
      .post('/api/bookings')
      .set(await bearer(resident))
      .send({ sessionId: session.sessionId });
    expect(res.status).toBe(201);
    booked.push({ id: res.body.id as string, at: startsAt.getTime() });
  }
  const someoneElse = newId();
  const theirs = await h.session();
  await request(h.app)
    .post('/api/bookings')
    .set(await bearer(someoneElse))
    .send({ sessionId: theirs.sessionId });

  const expected = [...booked]
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map((b) => b.id);
  expect(await allPages(resident, { limit: '2' })).toEqual(expected);
  expect(await allPages(resident, { limit: '100' })).toEqual(expected);
  expect(await allPages(resident, { when: 'past', limit: '2' })).toEqual([]);

  // A booking made between two pages does not shift the next page.
  const first = await mine(resident, { limit: '2' });
  const earlier = new Date(Date.now() + DAY);
  const added = await h.session({
    startsAt: earlier.toISOString(),
    endsAt: new Date(earlier.getTime() + HOUR).toISOString(),
    bookingClosesAt: new Date(earlier.getTime() - HOUR).toISOString(),
  });
  await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId: added.sessionId });
  const second = await mine(resident, { limit: '2', cursor: first.body.nextCursor as string });
  expect(second.body.items.map((b: { id: string }) => b.id)).toEqual(expected.slice(2, 4));
});

it('refuses a cursor it did not make with BAD_CURSOR', async () => {
  for (const cursor of ['not-a-cursor', Buffer.from('soon|x').toString('base64url')]) {
    const res = await mine(newId(), { cursor });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('BAD_CURSOR');
  }
});

it('pages years of past bookings latest first, also those stored before months existed', async () => {
  const resident = newId();
  const { models } = h.deps;
  const starts = [3, 40, 400, 1_100].map((days) => new Date(Date.now() - days * DAY));
  const ids: string[] = [];
  for (const [i, startsAt] of starts.entries()) {
    const id = newId();
    ids.push(id);
    const booking = {
      id,
      sessionId: newId(),
      workshopId: newId(),
      residentId: resident,
      bookedBy: resident,
      seats: 1,
      status: 'confirmed' as const,
      seatNos: [1],
      ticket: null,
      offerExpiresAt: null,
      attendance: 'attended' as const,
      attendedSeats: 1,
      cancellation: null,
      createdAt: new Date(startsAt.getTime() - DAY),
      updatedAt: startsAt,
      version: 1,
    };
    await insertBooking(models, booking, [], {
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
    });
    // The two oldest as an earlier version stored them: no session times, no month.
    if (i >= 2)
      await models.bookings.updateOne(
        { _id: id },
        { $unset: { sessionMonth: 1, sessionStartsAt: 1, sessionEndsAt: 1 } },
      );
  }
  await models.migrations.deleteMany({});
  await models.residentMonths.deleteMany({ residentId: resident });
  expect(await backfillBookingMonths(models, () => Promise.resolve(undefined))).toBe(2);
  expect(await backfillBookingMonths(models, () => Promise.resolve(undefined))).toBe(0);
  expect(await backfillResidentMonths(models)).toBeGreaterThanOrEqual(4);
  expect(await backfillResidentMonths(models)).toBe(0);
  // Without their session, the two oldest are placed by the day they were made.
  expect(await allPages(resident, { when: 'past', limit: '1' })).toEqual(ids);
  expect(await allPages(resident, { when: 'upcoming' })).toEqual([]);
});
