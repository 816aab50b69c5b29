import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import {
  accountDeletedV1,
  newId,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  type SessionData,
} from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';
import { expireOffers } from '../use-cases/offers.js';

let h: BookingsHarness;
let cancelled: EventRecorder;

beforeAll(async () => {
  h = await startBookingsHarness();
  cancelled = await recordEvents(h.env.natsUrl, h.env.namespace, 'bookings.booking.cancelled.v1');
});
afterAll(async () => {
  await cancelled.close();
  await h.stop();
});

const origin = { source: 'fabrique/test', subject: 'test' };

async function as(resident: string) {
  return { Authorization: `Bearer ${await h.token(resident)}` };
}

async function book(
  resident: string,
  sessionId: string,
  seats = 1,
): Promise<{ id: string; status: string }> {
  const res = await request(h.app)
    .post('/api/bookings')
    .set(await as(resident))
    .send({ sessionId, seats });
  expect(res.status).toBe(201);
  return res.body as { id: string; status: string };
}

async function statusOf(
  resident: string,
  bookingId: string,
): Promise<{ status: string; position: number | null }> {
  const res = await request(h.app)
    .get(`/api/bookings/${bookingId}`)
    .set(await as(resident));
  return res.body as { status: string; position: number | null };
}

const settled = () => h.deps.queue.idle();

describe('the waiting list', () => {
  it('offers a freed seat to the head of the line, who accepts it', async () => {
    const session = await h.session({ capacity: 1 });
    const [alice, bob, carol] = [newId(), newId(), newId()];
    const a = await book(alice, session.sessionId);
    const b = await book(bob, session.sessionId);
    const c = await book(carol, session.sessionId);
    expect([a.status, b.status, c.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    const cancel = await request(h.app)
      .post(`/api/bookings/${a.id}/cancel`)
      .set(await as(alice))
      .send({ reason: 'malade' });
    expect(cancel.body.status).toBe('cancelled');
    await settled();
    expect(await statusOf(bob, b.id)).toMatchObject({ status: 'offered' });
    expect(await statusOf(carol, c.id)).toMatchObject({ status: 'waitlisted', position: 1 });
    const accepted = await request(h.app)
      .post(`/api/bookings/${b.id}/accept`)
      .set(await as(bob));
    expect(accepted.body.status).toBe('confirmed');
    const again = await request(h.app)
      .post(`/api/bookings/${b.id}/accept`)
      .set(await as(bob));
    expect(again.body.code).toBe('NOT_OFFERED');
  });

  it('moves an expired offer on to the next person; a declined one too', async () => {
    const session = await h.session({ capacity: 1 });
    const [alice, bob, carol, dan] = [newId(), newId(), newId(), newId()];
    const a = await book(alice, session.sessionId);
    const b = await book(bob, session.sessionId);
    const c = await book(carol, session.sessionId);
    const d = await book(dan, session.sessionId);
    await request(h.app)
      .post(`/api/bookings/${a.id}/cancel`)
      .set(await as(alice))
      .send({});
    await settled();
    expect((await statusOf(bob, b.id)).status).toBe('offered');
    const later = new Date(Date.now() + 24 * 3_600_000);
    expect(await expireOffers({ ...h.deps, now: () => later })).toBe(1);
    await settled();
    expect((await statusOf(bob, b.id)).status).toBe('expired');
    expect((await statusOf(carol, c.id)).status).toBe('offered');
    const declined = await request(h.app)
      .post(`/api/bookings/${c.id}/decline`)
      .set(await as(carol));
    expect(declined.body).toMatchObject({
      status: 'cancelled',
      cancellation: { cause: 'declined' },
    });
    await settled();
    expect((await statusOf(dan, d.id)).status).toBe('offered');
  });

  it('lets people leave the line at any time, and only the resident answer an offer', async () => {
    const session = await h.session({ capacity: 1 });
    const [alice, bob] = [newId(), newId()];
    await book(alice, session.sessionId);
    const b = await book(bob, session.sessionId);
    const stranger = await request(h.app)
      .post(`/api/bookings/${b.id}/cancel`)
      .set(await as(newId()))
      .send({});
    expect(stranger.body.code).toBe('NOT_YOUR_BOOKING');
    const left = await request(h.app)
      .post(`/api/bookings/${b.id}/cancel`)
      .set(await as(bob))
      .send({});
    expect(left.body.status).toBe('cancelled');
    const twice = await request(h.app)
      .post(`/api/bookings/${b.id}/cancel`)
      .set(await as(bob))
      .send({});
    expect(twice.body.code).toBe('BOOKING_NOT_ACTIVE');
  });

  it('applies the cancellation cutoff to residents, not to hosts', async () => {
    const soon = new Date(Date.now() + 5 * 3_600_000);
    const session = await h.session({
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
      bookingClosesAt: new Date(soon.getTime() - 3_600_000).toISOString(),
    });
    const alice = newId();
    const a = await book(alice, session.sessionId);
    const late = await request(h.app)
      .post(`/api/bookings/${a.id}/cancel`)
      .set(await as(alice))
      .send({});
    expect(late.body.code).toBe('CUTOFF_PASSED');
    const host = {
      Authorization: `Bearer ${await h.token(session.hostIds[0] as string, ['host'])}`,
    };
    const byHost = await request(h.app)
      .post(`/api/bookings/${a.id}/cancel`)
      .set(host)
      .send({ reason: 'plus de place' });
    expect(byHost.body).toMatchObject({ status: 'cancelled', cancellation: { cause: 'host' } });
  });
});

describe('reactions to session events', () => {
  it('offers new seats to the line when capacity grows', async () => {
    const session = await h.session({ capacity: 1 });
    await book(newId(), session.sessionId);
    const bob = newId();
    const b = await book(bob, session.sessionId);
    const grown: SessionData & { previousCapacity: number } = {
      ...session,
      capacity: 2,
      version: 2,
      previousCapacity: 1,
    };
    await publishEvent(h.bus, sessionCapacityChangedV1.create(origin, grown));
    await eventually(
      () => statusOf(bob, b.id),
      (s) => s.status === 'offered',
    );
  });

  it('cancels every booking once when the session is cancelled, even if told twice', async () => {
    const session = await h.session({ capacity: 2 });
    const ids: string[] = [];
    for (const resident of [newId(), newId(), newId()])
      ids.push((await book(resident, session.sessionId)).id);
    const data = {
      ...session,
      status: 'cancelled' as const,
      version: 2,
      reason: 'Inondation de la salle',
    };
    await publishEvent(h.bus, sessionCancelledV1.create(origin, data));
    await publishEvent(h.bus, sessionCancelledV1.create(origin, data));
    const mine = (events: unknown[]) =>
      (events as { data: { bookingId: string; reason: string } }[]).filter((e) =>
        ids.includes(e.data.bookingId),
      );
    await eventually(
      async () => mine(cancelled.events).length,
      (n) => n >= 3,
    );
    await new Promise((r) => setTimeout(r, 500));
    const events = mine(cancelled.events);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.data.bookingId)).size).toBe(3);
    expect(events.every((e) => e.data.reason === 'Inondation de la salle')).toBe(true);
  });

  it('gives a deleted account’s seat to the head of the line, once', async () => {
    const session = await h.session({ capacity: 1 });
    const [leaving, waiting] = [newId(), newId()];
    const held = await book(leaving, session.sessionId);
    const queued = await book(waiting, session.sessionId);
    const deletion = accountDeletedV1.create(
      { ...origin, subject: leaving },
      { accountId: leaving, deletedAt: new Date().toISOString(), version: 2 },
    );
    await publishEvent(h.bus, deletion);
    await publishEvent(h.bus, accountDeletedV1.create(deletion, deletion.data));
    await eventually(
      () => statusOf(waiting, queued.id),
      (b) => b.status === 'offered',
    );
    const gone = await h.deps.models.bookings.findById(held.id).lean<{ status: string }>();
    expect(gone?.status).toBe('cancelled');
    const ofLeaving = (cancelled.events as { data: { bookingId: string } }[]).filter(
      (e) => e.data.bookingId === held.id,
    );
    expect(ofLeaving).toHaveLength(1);
  });
});
