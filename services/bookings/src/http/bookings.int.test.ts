import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

let h: BookingsHarness;

beforeAll(async () => {
  h = await startBookingsHarness();
});
afterAll(() => h.stop());

async function bookAs(residentId: string, body: Record<string, unknown>, key?: string) {
  const req = request(h.app)
    .post('/api/bookings')
    .set('Authorization', `Bearer ${await h.token(residentId)}`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
}

describe('booking a seat', () => {
  it('confirms while seats are left, then waitlists with consecutive positions', async () => {
    const session = await h.session({ capacity: 2 });
    const answers = [];
    for (let i = 0; i < 4; i += 1)
      answers.push((await bookAs(newId(), { sessionId: session.sessionId })).body);
    expect(answers.map((a: { status: string }) => a.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    expect(answers.map((a: { position: number | null }) => a.position)).toEqual([null, null, 1, 2]);
  });

  it('books a family of three all or nothing', async () => {
    const session = await h.session({ capacity: 4 });
    const first = await bookAs(newId(), { sessionId: session.sessionId, seats: 3 });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('confirmed');
    const second = await bookAs(newId(), { sessionId: session.sessionId, seats: 2 });
    expect(second.body.status).toBe('waitlisted');
    // The family holds three seat claims; the pair waiting holds none (all or nothing).
    expect(await h.deps.models.seats.countDocuments({ bookingId: first.body.id as string })).toBe(
      3,
    );
    expect(await h.deps.models.seats.countDocuments({ bookingId: second.body.id as string })).toBe(
      0,
    );
    const avail = await request(h.app).get(
      `/api/bookings/sessions/${session.sessionId}/availability`,
    );
    expect(avail.body).toMatchObject({ capacity: 4, confirmed: 3, seatsLeft: 1, waitlisted: 1 });
  });

  it('refuses a second active booking of the same person with ALREADY_BOOKED', async () => {
    const session = await h.session();
    const resident = newId();
    expect((await bookAs(resident, { sessionId: session.sessionId })).status).toBe(201);
    const again = await bookAs(resident, { sessionId: session.sessionId });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_BOOKED');
  });

  it('refuses outside the booking window and unknown sessions with stable codes', async () => {
    const later = await h.session({
      bookingOpensAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const early = await bookAs(newId(), { sessionId: later.sessionId });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SESSION_NOT_OPEN');
    const unknown = await bookAs(newId(), { sessionId: newId() });
    expect(unknown.body.code).toBe('SESSION_NOT_FOUND');
    const bad = await bookAs(newId(), { sessionId: later.sessionId, seats: 0, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const open = await h.session({ capacity: 20 });
    const tooMany = await bookAs(newId(), { sessionId: open.sessionId, seats: 7 });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.code).toBe('TOO_MANY_SEATS');
  });

  it('answers the same Idempotency-Key with the same booking, also concurrently', async () => {
    const session = await h.session({ capacity: 5 });
    const resident = newId();
    const key = `key-${newId()}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => bookAs(resident, { sessionId: session.sessionId }, key)),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => (a.body as { id: string }).id)).size).toBe(1);
    for (const a of answers.filter((x) => x.status !== 201))
      expect((a.body as { code: string }).code).toBe('IDEMPOTENCY_IN_PROGRESS');
    const replay = await bookAs(resident, { sessionId: session.sessionId }, key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created[0]?.body.id);
    const mine = await eventually(
      () => h.deps.models.bookings.countDocuments({ residentId: resident }),
      (n) => n >= 1,
    );
    expect(mine).toBe(1);
  });

  it('needs a token, and lets only hosts and coordinators book for someone else', async () => {
    const session = await h.session();
    expect((await request(h.app).post('/api/bookings').send({})).status).toBe(401);
    const someone = await h.person();
    const byResident = await bookAs(newId(), { sessionId: session.sessionId, residentId: someone });
    expect(byResident.body.code).toBe('NOT_ALLOWED_ON_BEHALF');
    const host = session.hostIds[0] as string;
    const byHost = await request(h.app)
      .post('/api/bookings')
      .set('Authorization', `Bearer ${await h.token(host, ['resident', 'host'])}`)
      .send({ sessionId: session.sessionId, residentId: someone });
    expect(byHost.status).toBe(201);
    expect(byHost.body).toMatchObject({ residentId: someone, bookedBy: host });
  });
});
