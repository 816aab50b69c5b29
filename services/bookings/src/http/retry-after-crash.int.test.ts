// A booking request whose process died half-way, retried with its Idempotency-Key once the
// key is free again (ABANDONED_AFTER_MS): it resumes what the first attempt began instead of
// answering 409 ALREADY_BOOKED or holding a seat nobody can book.
import request from 'supertest';
import { ABANDONED_AFTER_MS, idempotencyModel } from '@fabrique/service-kit';
import { newId } from '@fabrique/contracts';
import { claimFields, holdClaimId, seatClaimId } from '../store/claim.store.js';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const KEY = 'reservation-apres-panne';

/** What the crashed attempt left: its key pending long enough ago, and its claims. */
async function crashedAttempt(resident: string, sessionId: string, bookingId: string) {
  const abandoned = new Date(Date.now() - ABANDONED_AFTER_MS - 1_000);
  await idempotencyModel(h.connection).create({
    _id: `${resident}|POST /api/bookings|${KEY}`,
    requestHash: (await import('node:crypto'))
      .createHash('sha256')
      .update(JSON.stringify({ sessionId }))
      .digest('base64url'),
    state: 'pending',
    resourceId: bookingId,
    createdAt: abandoned,
  });
  await h.deps.models.holds.create({
    _id: holdClaimId(sessionId, resident),
    ...claimFields(bookingId, abandoned),
  });
}

const retry = async (resident: string, sessionId: string) =>
  request(h.app)
    .post('/api/bookings')
    .set('Authorization', `Bearer ${await h.token(resident)}`)
    .set('Idempotency-Key', KEY)
    .send({ sessionId });

it('answers the booking the first attempt wrote, not ALREADY_BOOKED', async () => {
  const session = await h.session({ capacity: 3 });
  const resident = await h.person();
  const first = await request(h.app)
    .post('/api/bookings')
    .set('Authorization', `Bearer ${await h.token(resident)}`)
    .send({ sessionId: session.sessionId });
  expect(first.status).toBe(201);
  // As if the request had been the one with the key, and died before its answer was kept.
  await h.deps.models.holds.deleteOne({ _id: holdClaimId(session.sessionId, resident) });
  await crashedAttempt(resident, session.sessionId, first.body.id as string);
  const again = await retry(resident, session.sessionId);
  expect(again.status).toBe(201);
  expect(again.body).toMatchObject({ id: first.body.id, status: 'confirmed' });
});

it('resumes a booking that was never written, giving back the seat its first attempt took', async () => {
  const session = await h.session({ capacity: 1 });
  const resident = await h.person();
  const bookingId = newId();
  await crashedAttempt(resident, session.sessionId, bookingId);
  await h.deps.models.seats.create({
    _id: seatClaimId(session.sessionId, 1),
    ...claimFields(bookingId, new Date(Date.now() - ABANDONED_AFTER_MS)),
  });
  const again = await retry(resident, session.sessionId);
  expect(again.status).toBe(201);
  // The only seat: the first attempt's claim was given back to it, not left to the sweep.
  expect(again.body).toMatchObject({ id: bookingId, status: 'confirmed' });
});
