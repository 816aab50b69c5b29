import request from 'supertest';
import {
  newId,
  nthId,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
} from '@fabrique/contracts';
import { idempotencyModel, type Principal } from '@fabrique/service-kit';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { recurrenceSchema } from '../domain/recurrence.js';
import { scheduleSessions } from '../use-cases/sessions.js';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, HOST, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;
let venue: { id: string };
let workshop: { id: string };
const recorders: Record<string, EventRecorder> = {};

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
  venue = await aVenue(harness, t.coordinator);
  workshop = await aWorkshop(harness, t.host, venue.id);
  for (const def of [
    sessionScheduledV1,
    sessionRescheduledV1,
    sessionCapacityChangedV1,
    sessionCancelledV1,
  ]) {
    recorders[def.type] = await recordEvents(
      harness.env.natsUrl,
      harness.env.namespace,
      def.subject,
    );
  }
});

afterAll(async () => {
  for (const recorder of Object.values(recorders)) await recorder.close();
  await harness.stop();
});

const schedule = (token: string, body: Record<string, unknown>, workshopId = workshop.id) =>
  request(harness.app).post(`/api/workshops/${workshopId}/sessions`).set(bearer(token)).send(body);

type Data = { data: { sessionId: string; version: number } };

describe('session lifecycle', () => {
  it('emits exactly one event per change, each one version higher', async () => {
    const created = await schedule(t.host, { startsAt: '2027-02-06T09:00:00Z', capacity: 10 });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const moved = await request(harness.app)
      .patch(`/api/sessions/${id}`)
      .set(bearer(t.host))
      .set('If-Match', 'W/"1"')
      .send({ startsAt: '2027-02-06T13:00:00Z' });
    expect(moved.status).toBe(200);
    expect(moved.headers.etag).toBe('W/"2"');
    const resized = await request(harness.app)
      .patch(`/api/sessions/${id}`)
      .set(bearer(t.host))
      .set('If-Match', 'W/"2"')
      .send({ capacity: 14 });
    expect(resized.body).toMatchObject({ capacity: 14, version: 3 });
    const cancelled = await request(harness.app)
      .post(`/api/sessions/${id}/cancel`)
      .set(bearer(t.host))
      .send({ reason: 'Chauffage en panne' });
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Chauffage en panne',
      version: 4,
    });

    const versions = async (type: string) =>
      ((await recorders[type]!.waitFor(1)) as Data[])
        .filter((e) => e.data.sessionId === id)
        .map((e) => e.data.version);
    expect(await versions(sessionScheduledV1.type)).toEqual([1]);
    expect(await versions(sessionRescheduledV1.type)).toEqual([2]);
    expect(await versions(sessionCapacityChangedV1.type)).toEqual([3]);
    expect(await versions(sessionCancelledV1.type)).toEqual([4]);
    const [rescheduled] = (await recorders[sessionRescheduledV1.type]!.waitFor(1)) as {
      data: { previousStartsAt: string; startsAt: string };
    }[];
    expect(rescheduled?.data).toMatchObject({
      previousStartsAt: '2027-02-06T09:00:00.000Z',
      startsAt: '2027-02-06T13:00:00.000Z',
    });
  });

  it('requires If-Match on edits and refuses a stale one', async () => {
    const created = await schedule(t.host, { startsAt: '2027-02-07T09:00:00Z' });
    const id = created.body.id as string;
    const missing = await request(harness.app)
      .patch(`/api/sessions/${id}`)
      .set(bearer(t.host))
      .send({ capacity: 5 });
    expect(missing.status).toBe(428);
    const stale = await request(harness.app)
      .patch(`/api/sessions/${id}`)
      .set(bearer(t.host))
      .set('If-Match', 'W/"7"')
      .send({ capacity: 5 });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
  });

  it('refuses more seats than the venue holds', async () => {
    const res = await schedule(t.host, { startsAt: '2027-02-08T09:00:00Z', capacity: 31 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CAPACITY_ABOVE_VENUE');
  });

  it('says so in French by default and in English on request, counting in each language', async () => {
    const cabin = await aVenue(harness, t.coordinator, { name: 'Cabane', maxCapacity: 1 });
    const body = { startsAt: '2027-02-09T09:00:00Z', capacity: 2, venueId: cabin.id };
    const french = await schedule(t.host, body);
    expect(french.status).toBe(422);
    expect(french.headers['content-language']).toBe('fr');
    expect(french.headers.vary).toMatch(/accept-language/i);
    expect(french.body).toMatchObject({
      code: 'CAPACITY_ABOVE_VENUE',
      title: 'Plus de places que le lieu ne peut en accueillir',
      detail: '« Cabane » accueille au plus 1 personne.',
    });
    const english = await request(harness.app)
      .post(`/api/workshops/${workshop.id}/sessions`)
      .set(bearer(t.host))
      .set('Accept-Language', 'en')
      .send(body);
    expect(english.status).toBe(422);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body).toMatchObject({
      code: 'CAPACITY_ABOVE_VENUE',
      title: 'More seats than the venue holds',
      detail: 'Cabane holds at most 1 person.',
    });
  });
});

describe('overlaps', () => {
  it('refuses a second session in the same venue at an overlapping time, naming the first', async () => {
    const first = await schedule(t.host, {
      startsAt: '2027-03-01T09:00:00Z',
      durationMinutes: 120,
    });
    const otherWorkshop = await aWorkshop(harness, t.otherHost, venue.id, {
      title: 'Couture zéro déchet',
      kind: 'sewing',
    });
    const clash = await schedule(
      t.otherHost,
      { startsAt: '2027-03-01T10:00:00Z', durationMinutes: 60 },
      otherWorkshop.id,
    );
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('VENUE_BUSY');
    expect(clash.body.detail).toContain(first.body.id);
    const adjacent = await schedule(
      t.otherHost,
      { startsAt: '2027-03-01T11:00:00Z', durationMinutes: 60 },
      otherWorkshop.id,
    );
    expect(adjacent.status).toBe(201);
  });

  it('refuses a host two overlapping sessions in different venues', async () => {
    await schedule(t.host, { startsAt: '2027-03-02T09:00:00Z' });
    const elsewhere = await aVenue(harness, t.coordinator, {
      name: 'Jardin partagé',
      commune: 'saint-martin-en-vercors',
    });
    const res = await schedule(t.host, { startsAt: '2027-03-02T10:00:00Z', venueId: elsewhere.id });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('HOST_BUSY');
  });

  it('lets exactly one of concurrent overlapping schedules through', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        schedule(t.host, { startsAt: `2027-03-03T0${i}:00:00Z`, durationMinutes: 360 }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    // Every pair of these six-hour sessions overlaps, so at most one may exist.
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('keeps a series all or nothing and frees the slots of a cancelled session', async () => {
    const blocker = await schedule(t.host, { startsAt: '2027-04-19T12:00:00Z' });
    const series = await schedule(t.host, {
      startsAt: '2027-04-05T12:00:00Z',
      recurrence: { frequency: 'weekly', count: 4 },
    });
    expect(series.body.code).toBe('VENUE_BUSY');
    expect(
      (await request(harness.app).get(`/api/workshops/${workshop.id}/sessions`)).body.items.filter(
        (s: { startsAt: string }) => s.startsAt.startsWith('2027-04'),
      ).length,
    ).toBe(1);
    await request(harness.app)
      .post(`/api/sessions/${blocker.body.id}/cancel`)
      .set(bearer(t.host))
      .send({ reason: 'Déplacé' });
    const again = await schedule(t.host, {
      startsAt: '2027-04-05T12:00:00Z',
      recurrence: { frequency: 'weekly', count: 4 },
    });
    expect(again.status).toBe(201);
    expect(again.body.items).toHaveLength(4);
  });
});

describe('a series made again after a crash', () => {
  it('finds the sessions its first attempt wrote instead of overlapping them', async () => {
    const host: Principal = {
      accountId: HOST,
      roles: ['resident', 'host'],
      commune: 'vassieux-en-vercors',
      organisations: [],
      issuedAt: 0,
      emailVerified: true,
    };
    const series = {
      startsAt: new Date('2027-06-07T12:00:00Z'),
      recurrence: recurrenceSchema.parse({ frequency: 'weekly', count: 3 }),
    };
    // The id the request's Idempotency-Key gave it, kept by every retry of it.
    const firstId = newId();
    const first = await scheduleSessions(harness.deps, host, workshop.id, series, firstId);
    const retry = await scheduleSessions(harness.deps, host, workshop.id, series, firstId);
    expect(retry.map((s) => s.id)).toEqual(first.map((s) => s.id));
    const listed = await request(harness.app).get(`/api/workshops/${workshop.id}/sessions`);
    const june = listed.body.items.filter((s: { startsAt: string }) =>
      s.startsAt.startsWith('2027-06'),
    );
    expect(june).toHaveLength(3);
    // Written once: one `session.scheduled` each.
    const scheduled = recorders[sessionScheduledV1.type]!;
    const ids = await eventually(
      async () => scheduled.events.map((e) => (e as Data).data.sessionId),
      (seen) => first.every((s) => seen.includes(s.id)),
    );
    for (const session of first) expect(ids.filter((id) => id === session.id)).toHaveLength(1);
  });

  it('names a series after the id its Idempotency-Key keeps for every retry', async () => {
    const key = `series-${newId()}`;
    const created = await schedule(t.host, {
      startsAt: '2027-07-05T12:00:00Z',
      recurrence: { frequency: 'weekly', count: 2 },
    }).set('Idempotency-Key', key);
    expect(created.status).toBe(201);
    const record = await idempotencyModel(harness.connection)
      .findOne({ _id: { $regex: `\\|${key}$` } })
      .lean();
    const ids = created.body.items.map((s: { id: string }) => s.id);
    expect(ids).toEqual([record?.resourceId, nthId(record?.resourceId ?? '', 1)]);
  });
});

describe('recurring series in Europe/Paris', () => {
  it('keeps 14:00 across the March clock change, and previews the same dates', async () => {
    const body = {
      startsAt: '2027-03-14T13:00:00Z',
      durationMinutes: 90,
      recurrence: { frequency: 'weekly', count: 3 },
    };
    const preview = await request(harness.app)
      .post(`/api/workshops/${workshop.id}/sessions/preview`)
      .set(bearer(t.host))
      .send(body);
    expect(preview.body.items.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2027-03-14T13:00:00.000Z',
      '2027-03-21T13:00:00.000Z',
      '2027-03-28T12:00:00.000Z',
    ]);
    const created = await schedule(t.host, body);
    expect(created.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(
      preview.body.items.map((o: { startsAt: string }) => o.startsAt),
    );
    expect(new Set(created.body.items.map((s: { seriesId: string }) => s.seriesId)).size).toBe(1);
  });
});
