// Closing attendance carries what the session collected at the door and the hours its
// volunteers gave, bounded and checked, in its event.
import request from 'supertest';
import { sessionAttendanceClosedV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

const HOUR = 3_600_000;

it('closes with the door money and the volunteers’ hours, refusing nonsense and strangers', async () => {
  const closedEvents = await recordEvents(
    h.env.natsUrl,
    h.env.namespace,
    sessionAttendanceClosedV1.subject,
  );
  const startsAt = new Date(Date.now() - HOUR);
  const session = await h.session({
    capacity: 10,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - HOUR).toISOString(),
  });
  const host = {
    Authorization: `Bearer ${await h.token(session.hostIds[0] as string, ['resident', 'host'])}`,
  };
  const hostId = session.hostIds[0] as string;
  const helperId = await h.person();
  const roster = await request(h.app).get(`/api/rosters/${session.sessionId}`).set(host);
  expect(roster.body.hosts).toEqual([expect.objectContaining({ id: hostId })]);
  const close = (collected: unknown, volunteers: unknown[] = []) =>
    request(h.app)
      .post(`/api/rosters/${session.sessionId}/close`)
      .set(host)
      .send({ collected, volunteers });
  expect((await close({ cashCents: -100 })).status).toBe(400);
  expect((await close({ cashCents: 500_001 })).status).toBe(400);
  const stranger = await close({}, [{ accountId: 'nobody-here', minutes: 60 }]);
  expect(stranger.body.code).toBe('UNKNOWN_VOLUNTEER');
  expect((await close({}, [{ accountId: hostId, minutes: 2_000 }])).status).toBe(400);
  const closed = await close({ cashCents: 3_500, chequeCents: 1_000, payers: 9 }, [
    { accountId: hostId, minutes: 150 },
    { accountId: helperId, minutes: 90 },
  ]);
  expect(closed.status).toBe(200);
  expect(closed.body.collected).toEqual({
    cashCents: 3_500,
    chequeCents: 1_000,
    cardCents: 0,
    payers: 9,
  });
  const [event] = (await closedEvents.waitFor(1)) as {
    data: { collected: unknown; volunteers: unknown };
  }[];
  expect(event?.data.volunteers).toEqual([
    { accountId: hostId, minutes: 150 },
    { accountId: helperId, minutes: 90 },
  ]);
  expect(event?.data.collected).toEqual({
    cashCents: 3_500,
    chequeCents: 1_000,
    cardCents: 0,
    payers: 9,
  });
  await closedEvents.close();
});
