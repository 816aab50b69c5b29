// Sessions are scheduled from now on (hours delivered are attested by sessions planned
// ahead) and at most three years ahead (the live catalogue reads that far at start).
import request from 'supertest';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;
let workshop: { id: string };

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
  const venue = await aVenue(harness, t.coordinator);
  workshop = await aWorkshop(harness, t.host, venue.id);
});
afterAll(() => harness.stop());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A start on the 5-minute grid, `days` from now (negative: in the past). */
const inDays = (days: number) => new Date(Math.ceil((Date.now() + days * DAY) / HOUR) * HOUR);

const schedule = (startsAt: Date, token = t.host, path = 'sessions') =>
  request(harness.app)
    .post(`/api/workshops/${workshop.id}/${path}`)
    .set(bearer(token))
    .send({ startsAt: startsAt.toISOString(), durationMinutes: 60 });

const move = (id: string, startsAt: Date) =>
  request(harness.app)
    .patch(`/api/sessions/${id}`)
    .set(bearer(t.host))
    .set('If-Match', 'W/"1"')
    .send({ startsAt: startsAt.toISOString() });

it('refuses a session that starts in the past: created, previewed or moved there', async () => {
  const threeWeeksAgo = inDays(-21);
  for (const token of [t.host, t.coordinator]) {
    const created = await schedule(threeWeeksAgo, token);
    expect(created.status).toBe(422);
    expect(created.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(created.body.code).toBe('IN_THE_PAST');
  }
  expect((await schedule(threeWeeksAgo, t.host, 'sessions/preview')).body.code).toBe('IN_THE_PAST');
  const planned = await schedule(inDays(10));
  expect(planned.status).toBe(201);
  const id = planned.body.id as string;
  expect((await move(id, inDays(-1))).body.code).toBe('IN_THE_PAST');
  expect((await move(id, inDays(11))).status).toBe(200);
});

it('refuses a session more than three years ahead', async () => {
  const far = inDays(3 * 366 + 2);
  const res = await schedule(far);
  expect(res.status).toBe(422);
  expect(res.body.code).toBe('TOO_FAR_AHEAD');
  const planned = await schedule(inDays(30));
  expect((await move(planned.body.id as string, far)).body.code).toBe('TOO_FAR_AHEAD');
});
