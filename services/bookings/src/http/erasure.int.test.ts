import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { accountDeletedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { bookingsOfResident } from '../store/booking.store.js';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const bookAs = async (resident: string, sessionId: string) =>
  request(h.app)
    .post('/api/bookings')
    .set('Authorization', `Bearer ${await h.token(resident)}`)
    .send({ sessionId });

it('refuses the token of an account deleted a moment ago, on every route', async () => {
  const session = await h.session();
  const resident = await h.person();
  const token = await h.token(resident);
  expect((await bookAs(resident, session.sessionId)).status).toBe(201);
  await publishEvent(
    h.bus,
    accountDeletedV1.create(
      { subject: resident, source: 'test' },
      { accountId: resident, deletedAt: new Date().toISOString(), version: 2 },
    ),
  );
  const refused = await eventually(
    () => bookAs(resident, session.sessionId),
    (res) => res.status === 401,
  );
  expect(refused.body.code).toBe('UNAUTHENTICATED');
  const mine = await request(h.app).get('/api/bookings').set('Authorization', `Bearer ${token}`);
  expect(mine.status).toBe(401);
  // The deletion also gave up the booking made before it.
  await eventually(
    async () => (await bookingsOfResident(h.deps.models, resident)).map((r) => r.booking.status),
    (statuses) => statuses.length === 1 && statuses[0] === 'cancelled',
  );
});

it('cancels a booking that slipped in while the account was being deleted', async () => {
  const session = await h.session({ capacity: 3 });
  const resident = await h.person();
  // The deletion has reached this service's projection, not yet this replica's revocations.
  await h.deps.models.people.updateOne({ _id: resident }, { $set: { deleted: true } });
  const res = await bookAs(resident, session.sessionId);
  expect(res.status).toBe(401);
  const rows = await bookingsOfResident(h.deps.models, resident);
  expect(rows.map((r) => r.booking.status)).toEqual(['cancelled']);
  const seats = await request(h.app).get(
    `/api/bookings/sessions/${session.sessionId}/availability`,
  );
  expect(seats.body.seatsLeft).toBe(3);
});
