import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';
import { findBooking } from '../store/booking.store.js';
import { LiveBookings } from './live-bookings.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const HOUR = 3_600_000;
const bearer = async (id: string) => ({ Authorization: `Bearer ${await h.token(id)}` });

async function book(resident: string, sessionId: string): Promise<string> {
  const res = await request(h.app)
    .post('/api/bookings')
    .set(await bearer(resident))
    .send({ sessionId });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const asRecord = (s: { sessionId: string; endsAt: string }) => ({
  id: s.sessionId,
  endsAt: new Date(s.endsAt),
});

it('holds at most its bound of sessions, least recently used out, and reads one again from the store', async () => {
  const sessions = [await h.session(), await h.session(), await h.session()];
  const booked = await Promise.all(sessions.map((s) => book(newId(), s.sessionId)));
  const view = new LiveBookings(h.deps.models, 2);

  await view.of(asRecord(sessions[0]!));
  await view.of(asRecord(sessions[1]!));
  await view.of(asRecord(sessions[0]!)); // used again: the second is now the oldest
  await view.of(asRecord(sessions[2]!));

  expect(view.size).toBe(2);
  expect(view.held(sessions[1]!.sessionId)).toBeUndefined();
  expect(view.held(sessions[0]!.sessionId)?.get(booked[0]!)).toBeDefined();
  const reread = await view.of(asRecord(sessions[1]!));
  expect(reread.all().map((b) => b.id)).toEqual([booked[1]]);
  expect(view.size).toBe(2);
});

it('lets ended sessions leave, and ignores changes of sessions it does not hold', async () => {
  const soon = new Date(Date.now() + 2 * HOUR);
  const later = await h.session();
  const view = new LiveBookings(h.deps.models);
  const changed: string[] = [];
  view.onChange((id) => changed.push(id));
  await view.of({ id: 'ends-soon', endsAt: soon });
  await view.of(asRecord(later));

  expect(view.dropEnded(new Date(soon.getTime() + 1))).toBe(1);
  expect(view.sessionIds()).toEqual([later.sessionId]);

  const elsewhere = await h.session();
  const id = await book(newId(), elsewhere.sessionId);
  view.apply((await findBooking(h.deps.models, id))!);
  expect(view.held(elsewhere.sessionId)).toBeUndefined();
  expect(changed).toEqual([]);
});

it('keeps the newest copy of a booking, whether it came from the store or an event', async () => {
  const session = await h.session();
  const resident = newId();
  const id = await book(resident, session.sessionId);
  const made = (await findBooking(h.deps.models, id))!;
  const cancel = await request(h.app)
    .post(`/api/bookings/${id}/cancel`)
    .set(await bearer(resident))
    .send({});
  expect(cancel.status).toBe(200);

  const view = new LiveBookings(h.deps.models);
  const bookings = await view.of(asRecord(session));
  const before = bookings.sequence();
  view.apply(made); // an old event, late: changes nothing
  expect(bookings.get(id)?.status).toBe('cancelled');
  expect(bookings.sequence()).toBe(before);
  expect(before).toBe(2); // made (1) and cancelled (+1): the same on every replica
});
