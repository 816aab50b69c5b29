import request from 'supertest';
import { eventually } from '@fabrique/testkit';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, tokens } from '../http/test-fixtures.js';
import { backfillSessionMonths, findSession } from '../store/session.store.js';
import { CatalogueIndex } from './catalogue-index.js';

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

/** A start on the 5-minute grid, `days` from now. */
const inDays = (days: number) => new Date(Math.ceil((Date.now() + days * DAY) / HOUR) * HOUR);

async function schedule(startsAt: Date): Promise<string> {
  const res = await request(harness.app)
    .post(`/api/workshops/${workshop.id}/sessions`)
    .set(bearer(t.host))
    .send({ startsAt: startsAt.toISOString(), durationMinutes: 60 });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

it('loads the sessions that have not ended, and lets them go when they end', async () => {
  const soon = await schedule(inDays(2));
  const later = await schedule(inDays(400));
  let now = new Date();
  const view = new CatalogueIndex(harness.deps.models, () => now);
  await view.load();
  const found = () =>
    view.search({ from: new Date(0), limit: 100, tokens: [], available: false }).map((s) => s.id);
  expect(found()).toEqual(expect.arrayContaining([soon, later]));

  now = new Date(inDays(2).getTime() + 2 * HOUR);
  expect(view.dropEnded()).toBeGreaterThanOrEqual(1);
  expect(found()).not.toContain(soon);
  expect(found()).toContain(later);

  // A replica starting then reads only what has not ended.
  const restarted = new CatalogueIndex(harness.deps.models, () => now);
  await restarted.load();
  const ids = restarted
    .search({ from: new Date(0), limit: 100, tokens: [], available: false })
    .map((s) => s.id);
  expect(ids).toContain(later);
  expect(ids).not.toContain(soon);
});

it('gives sessions stored before end months existed one, once', async () => {
  const id = await schedule(inDays(60));
  const { models } = harness.deps;
  // Once its event is out: the relay's own write would otherwise put the whole document back.
  await eventually(
    () => models.sessions.findById(id).lean<{ outbox?: unknown[] }>(),
    (doc) => (doc?.outbox ?? []).length === 0,
  );
  await models.sessions.updateOne({ _id: id }, { $unset: { endMonth: 1 } });
  await models.migrations.deleteMany({});
  const unread = new CatalogueIndex(models);
  await unread.load();
  expect(
    unread.search({ from: new Date(0), limit: 100, tokens: [], available: false }).map((s) => s.id),
  ).not.toContain(id);

  expect(await backfillSessionMonths(models)).toBe(1);
  expect(await backfillSessionMonths(models)).toBe(0); // the marker is there: nothing read
  const session = (await findSession(models, id))!;
  const stored = await models.sessions.findById(id).lean<{ endMonth?: string }>();
  expect(stored?.endMonth).toBe(session.endsAt.toISOString().slice(0, 7));
  const reread = new CatalogueIndex(models);
  await reread.load();
  expect(
    reread.search({ from: new Date(0), limit: 100, tokens: [], available: false }).map((s) => s.id),
  ).toContain(id);
});

it('finds the seats left of a session by its id when they are not under its end month', async () => {
  const id = await schedule(inDays(90));
  // Stored by an earlier version (no month, a v1 clock), or before the session moved.
  await harness.deps.models.availability.create({
    _id: id,
    capacity: 12,
    confirmed: 12,
    seatsLeft: 0,
    version: 1_700_000_000_000,
  });
  const view = new CatalogueIndex(harness.deps.models);
  await view.load();
  const query = { from: new Date(0), limit: 100, tokens: [], available: false };
  expect(view.search(query).find((s) => s.id === id)?.seatsLeft).toBe(0);
  expect(view.search({ ...query, available: true }).map((s) => s.id)).not.toContain(id);
});
