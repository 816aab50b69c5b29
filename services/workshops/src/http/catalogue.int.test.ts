import request from 'supertest';
import { accountRolesChangedV1, sessionAvailabilityChangedV2 } from '@fabrique/contracts';
import { publishEvent } from '@fabrique/bus';
import { createLogger } from '@fabrique/service-kit';
import { eventually } from '@fabrique/testkit';
import { CatalogueIndex, type IndexQuery } from '../views/catalogue-index.js';
import { followEvents } from '@fabrique/bus';
import { viewSubscriptions } from '../events/index.js';
import { feedSessions, searchCatalogue, workshopSessions } from '../use-cases/catalogue.js';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, HOST, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;
let repair: { id: string };
let cooking: { id: string };
let vassieux: { id: string };
let stMartin: { id: string };

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
  vassieux = await aVenue(harness, t.coordinator);
  stMartin = await aVenue(harness, t.coordinator, {
    name: 'Cuisine du foyer',
    commune: 'saint-martin-en-vercors',
  });
  repair = await aWorkshop(harness, t.host, vassieux.id);
  cooking = await aWorkshop(harness, t.otherHost, stMartin.id, {
    title: 'Cuisine des œufs et pâtés',
    kind: 'cooking',
    description: 'Recettes de grand-mère',
  });
  for (let day = 1; day <= 9; day += 1) {
    const date = `2027-05-0${day}`;
    await request(harness.app)
      .post(`/api/workshops/${repair.id}/sessions`)
      .set(bearer(t.host))
      .send({ startsAt: `${date}T08:00:00Z` });
    await request(harness.app)
      .post(`/api/workshops/${cooking.id}/sessions`)
      .set(bearer(t.otherHost))
      .send({ startsAt: `${date}T15:00:00Z`, capacity: 8 });
  }
});

afterAll(async () => {
  await harness.stop();
});

const search = (query: Record<string, string>) =>
  request(harness.app)
    .get('/api/sessions')
    .query({ from: '2027-05-01T00:00:00Z', ...query });

describe('catalogue search', () => {
  it('combines kind, commune and a date range', async () => {
    const res = await search({
      kind: 'cooking',
      commune: 'saint-martin-en-vercors',
      to: '2027-05-04T00:00:00Z',
    });
    expect(res.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-05-01T15:00:00.000Z',
      '2027-05-02T15:00:00.000Z',
      '2027-05-03T15:00:00.000Z',
    ]);
    expect((await search({ kind: 'cooking', commune: 'vassieux-en-vercors' })).body.items).toEqual(
      [],
    );
  });

  it('finds words without their accents and ignores case', async () => {
    expect((await search({ q: 'REPARATION velos', limit: '100' })).body.items).toHaveLength(9);
    expect((await search({ q: 'oeuf pate', limit: '100' })).body.items).toHaveLength(9);
    expect((await search({ q: 'oeufs brioche', limit: '100' })).body.items).toHaveLength(0);
    expect((await search({ q: 'oeufs pates', limit: '100' })).body.items).toHaveLength(9);
  });

  it('pages without gaps or repeats while sessions are added', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let added = false;
    do {
      const page = await search({ limit: '4', ...(cursor && { cursor }) });
      seen.push(...page.body.items.map((s: { id: string }) => s.id));
      cursor = page.body.nextCursor ?? undefined;
      if (!added) {
        // A session before the cursor and one after it appear while paging.
        await request(harness.app)
          .post(`/api/workshops/${repair.id}/sessions`)
          .set(bearer(t.host))
          .send({ startsAt: '2027-05-01T06:00:00Z', durationMinutes: 60 });
        await request(harness.app)
          .post(`/api/workshops/${repair.id}/sessions`)
          .set(bearer(t.host))
          .send({ startsAt: '2027-05-09T18:00:00Z', durationMinutes: 60 });
        added = true;
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(19); // 18 at the start, plus the one added after the cursor
    const all = (await search({ limit: '100' })).body.items as { startsAt: string }[];
    expect(all.map((s) => s.startsAt)).toEqual([...all.map((s) => s.startsAt)].sort());
  });

  it('leaves out full sessions when asked for seats, from bookings availability events', async () => {
    const first = (await search({ kind: 'cooking', limit: '1' })).body.items[0] as {
      id: string;
      seatsLeft: number;
      capacity: number;
    };
    expect(first.seatsLeft).toBe(first.capacity);
    const seats = (confirmed: number, waitlisted: number, sequence: number) =>
      publishEvent(
        harness.bus,
        sessionAvailabilityChangedV2.create(
          { subject: first.id, source: 'test' },
          {
            sessionId: first.id,
            capacity: 8,
            confirmed,
            seatsLeft: 8 - confirmed,
            waitlisted,
            sequence,
          },
        ),
      );
    await seats(8, 3, 5);
    await eventually(
      async () =>
        (await search({ kind: 'cooking', available: 'true', limit: '100' })).body.items.length,
      (n) => n === 8,
    );
    expect((await search({ kind: 'cooking', limit: '1' })).body.items[0].seatsLeft).toBe(0);
    // An older event arriving late changes nothing.
    await seats(2, 0, 2);
    await new Promise((r) => setTimeout(r, 500));
    expect((await search({ kind: 'cooking', limit: '1' })).body.items[0].seatsLeft).toBe(0);
    const shrink = await request(harness.app)
      .patch(`/api/sessions/${first.id}`)
      .set(bearer(t.otherHost))
      .set('If-Match', 'W/"1"')
      .send({ capacity: 6 });
    expect(shrink.status).toBe(409);
    expect(shrink.body.code).toBe('CAPACITY_BELOW_CONFIRMED');
  });

  it('rejects a forged cursor', async () => {
    expect((await search({ cursor: 'bm90IGEgY3Vyc29y' })).body.code).toBe('BAD_CURSOR');
  });
});

describe('permissions', () => {
  it('lets only the workshop hosts and coordinators write', async () => {
    const session = (await search({ kind: 'repair', limit: '1' })).body.items[0] as { id: string };
    const cases: [string, string, number][] = [
      ['anonymous', '', 401],
      ['resident', t.resident, 403],
      ['other host', t.otherHost, 403],
      ['own host', t.host, 200],
      ['coordinator', t.coordinator, 200],
    ];
    for (const [who, token, expected] of cases) {
      const current = await request(harness.app).get(`/api/workshops/${repair.id}`);
      const patch = request(harness.app)
        .patch(`/api/workshops/${repair.id}`)
        .set('If-Match', current.headers.etag as string);
      const res = await (token ? patch.set(bearer(token)) : patch).send({
        description: `Modifié par ${who}`,
      });
      expect([who, res.status]).toEqual([who, expected]);
      const cancel = request(harness.app).post(`/api/sessions/${session.id}/complete`);
      const completed = await (token ? cancel.set(bearer(token)) : cancel).send();
      expect([who, completed.status]).toEqual([who, expected === 200 ? 409 : expected]); // not over yet
    }
  });

  it('keeps drafts to their hosts and coordinators', async () => {
    const draft = await request(harness.app).post('/api/workshops').set(bearer(t.host)).send({
      title: 'Atelier secret',
      kind: 'other',
      defaultCapacity: 5,
      defaultDurationMinutes: 60,
    });
    expect((await request(harness.app).get(`/api/workshops/${draft.body.id}`)).status).toBe(404);
    expect(
      (await request(harness.app).get(`/api/workshops/${draft.body.id}`).set(bearer(t.otherHost)))
        .status,
    ).toBe(404);
    expect(
      (await request(harness.app).get(`/api/workshops/${draft.body.id}`).set(bearer(t.host)))
        .status,
    ).toBe(200);
    expect(
      (await request(harness.app).get(`/api/workshops/${draft.body.id}`).set(bearer(t.coordinator)))
        .status,
    ).toBe(200);
    const publicList = (
      await request(harness.app).get('/api/workshops').query({ limit: '100' })
    ).body.items.map((w: { id: string }) => w.id);
    expect(publicList).not.toContain(draft.body.id);
  });

  it('stops a host from editing once accounts revokes the role, whatever the token says', async () => {
    await publishEvent(
      harness.bus,
      accountRolesChangedV1.create(
        { subject: HOST, source: 'test' },
        {
          accountId: HOST,
          roles: ['resident'],
          granted: [],
          revoked: ['host'],
          changedBy: 'coord-1',
          version: 9,
        },
      ),
    );
    await eventually(
      async () => {
        const current = await request(harness.app).get(`/api/workshops/${repair.id}`);
        return (
          await request(harness.app)
            .patch(`/api/workshops/${repair.id}`)
            .set(bearer(t.host))
            .set('If-Match', current.headers.etag as string)
            .send({ description: 'encore moi' })
        ).status;
      },
      (status) => status === 403,
    );
  });
});

describe('catalogue index', () => {
  it('answers like the database search, for several queries', async () => {
    const withoutIndex = { ...harness.deps, catalogue: undefined };
    const queries = [
      { limit: 100 },
      { kind: 'cooking', commune: 'saint-martin-en-vercors', limit: 5 },
      { q: 'reparation', to: new Date('2027-05-05T00:00:00Z'), limit: 100 },
      { available: true, limit: 100 },
    ];
    for (const query of queries) {
      const fromIndex = await searchCatalogue(harness.deps, {
        from: new Date('2027-05-01T00:00:00Z'),
        ...query,
      });
      const fromDatabase = await searchCatalogue(withoutIndex, {
        from: new Date('2027-05-01T00:00:00Z'),
        ...query,
      });
      expect(fromIndex.items.map((s) => [s.id, s.seatsLeft])).toEqual(
        fromDatabase.items.map((s) => [s.id, s.seatsLeft]),
      );
      expect(fromIndex.nextCursor).toEqual(fromDatabase.nextCursor);
    }
  });

  it('gives calendar feeds and workshop session lists like the database', async () => {
    const withoutIndex = { ...harness.deps, catalogue: undefined };
    const since = new Date('2027-05-01T00:00:00Z');
    const ids = (sessions: { id: string }[]) => sessions.map((s) => s.id);
    for (const filter of [{}, { commune: 'saint-martin-en-vercors' }, { kind: 'repair' }]) {
      const indexed = ids(await feedSessions(harness.deps, since, filter));
      expect(indexed.length).toBeGreaterThan(0);
      expect(indexed).toEqual(ids(await feedSessions(withoutIndex, since, filter)));
    }
    expect(ids(await workshopSessions(harness.deps, repair.id))).toEqual(
      ids(await workshopSessions(withoutIndex, repair.id)),
    );
  });

  it('keeps another replica current through the events', async () => {
    const other = new CatalogueIndex(harness.deps.models);
    const followers = [
      await followEvents(harness.bus, {
        name: 'catalogue',
        subscriptions: viewSubscriptions(other),
        logger: createLogger('replica-b', 'silent'),
      }),
    ];
    await other.load();
    const created = await request(harness.app)
      .post(`/api/workshops/${repair.id}/sessions`)
      .set(bearer(t.coordinator))
      .send({ startsAt: '2027-05-20T08:00:00Z' });
    const id = created.body.id as string;
    const seen = (query: Partial<IndexQuery>) =>
      other
        .search({
          from: new Date('2027-05-20T00:00:00Z'),
          tokens: [],
          available: false,
          limit: 10,
          ...query,
        })
        .map((s) => s.id);
    await eventually(
      async () => seen({}),
      (ids) => ids.includes(id),
    );
    await request(harness.app)
      .post(`/api/workshops/${repair.id}/status`)
      .set(bearer(t.coordinator))
      .send({ status: 'archived' });
    await eventually(
      async () => seen({}),
      (ids) => !ids.includes(id),
    );
    for (const follower of followers) await follower.stop();
  });
});
