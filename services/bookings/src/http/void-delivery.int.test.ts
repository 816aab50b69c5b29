// A coordinator voids a closed session's delivery with a reason, once: the closure stays as
// recorded, and the event tells the fund to stop counting its hours.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;
let voids: EventRecorder;

beforeAll(async () => {
  h = await startBookingsHarness();
  voids = await recordEvents(h.env.natsUrl, h.env.namespace, 'bookings.session.delivery-voided.v1');
});
afterAll(async () => {
  await voids.close();
  await h.stop();
});

const HOUR = 3_600_000;

it('voids a closed session’s delivery once, for coordinators only, and keeps the closure', async () => {
  const startsAt = new Date(Date.now() - 2 * HOUR);
  const session = await h.session({
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - HOUR).toISOString(),
  });
  const path = `/api/rosters/${session.sessionId}`;
  const host = {
    Authorization: `Bearer ${await h.token(session.hostIds[0] as string, ['resident', 'host'])}`,
  };
  const coordinator = { Authorization: `Bearer ${await h.token(newId(), ['coordinator'])}` };
  const reason = { reason: 'Atelier annulé sur place, clôturé par erreur' };

  expect((await request(h.app).post(`${path}/void`).set(coordinator).send(reason)).body.code).toBe(
    'ROSTER_NOT_CLOSED',
  );
  expect((await request(h.app).post(`${path}/close`).set(host).send({})).status).toBe(200);
  expect((await request(h.app).post(`${path}/void`).set(host).send(reason)).status).toBe(403);
  const short = await request(h.app).post(`${path}/void`).set(coordinator).send({ reason: 'x' });
  expect(short.status).toBe(400);

  const answers = await Promise.all(
    [1, 2, 3].map(() => request(h.app).post(`${path}/void`).set(coordinator).send(reason)),
  );
  expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
  expect(answers.filter((a) => a.body.code === 'DELIVERY_VOIDED')).toHaveLength(2);
  await eventually(
    async () => voids.events.length,
    (n) => n === 1,
  );
  expect(voids.events[0]).toMatchObject({
    data: { sessionId: session.sessionId, startsAt: session.startsAt, ...reason },
  });
  const roster = await request(h.app).get(path).set(coordinator);
  expect(roster.body.closed).not.toBeNull();
  expect(roster.body.voided).toMatchObject(reason);
});
