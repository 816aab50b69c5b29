// A venue is in one of the network's communes (as accounts announces them); coordinators
// retire venues and kinds of workshop: hidden from new use, history kept.
import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { communeAddedV1, communeArchivedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;
const origin = { source: 'fabrique/test', subject: 'bouvante' };

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
});
afterAll(() => harness.stop());

const newVenue = (commune: string) =>
  request(harness.app)
    .post('/api/venues')
    .set(bearer(t.coordinator))
    .send({ name: 'Salle du Col', address: '2 route du Col', commune, maxCapacity: 20 });

const communeKnown = (archived: boolean) =>
  eventually(
    () => harness.deps.models.communes.findById('bouvante').lean<{ archivedAt?: Date }>(),
    (c) => c !== null && Boolean(c.archivedAt) === archived,
  );

describe('a venue’s commune', () => {
  it('is one the network announced and has not archived', async () => {
    for (const commune of ['atlantis\u0007', 'bouvante']) {
      const res = await newVenue(commune);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('UNKNOWN_COMMUNE');
    }
    await publishEvent(
      harness.bus,
      communeAddedV1.create(origin, {
        communeId: 'bouvante',
        name: 'Bouvante',
        postalCode: '26190',
      }),
    );
    await communeKnown(false);
    expect((await newVenue('bouvante')).status).toBe(201);
    await publishEvent(
      harness.bus,
      communeArchivedV1.create(origin, {
        communeId: 'bouvante',
        archivedBy: 'coord',
        archivedAt: new Date().toISOString(),
      }),
    );
    await communeKnown(true);
    expect((await newVenue('bouvante')).body.code).toBe('UNKNOWN_COMMUNE');
  });
});

describe('archiving', () => {
  it('retires a venue: hidden, nothing new there, still readable', async () => {
    const venue = await aVenue(harness, t.coordinator, { name: 'Ancienne école' });
    const workshop = await aWorkshop(harness, t.host, venue.id);
    const byHost = await request(harness.app)
      .post(`/api/venues/${venue.id}/archive`)
      .set(bearer(t.host));
    expect(byHost.status).toBe(403);
    const archived = await request(harness.app)
      .post(`/api/venues/${venue.id}/archive`)
      .set(bearer(t.coordinator));
    expect(archived.body.status).toBe('archived');
    const list = await request(harness.app).get('/api/venues');
    expect(list.body.items.map((v: { id: string }) => v.id)).not.toContain(venue.id);
    expect((await request(harness.app).get(`/api/venues/${venue.id}`)).status).toBe(200);
    const another = await request(harness.app).post('/api/workshops').set(bearer(t.host)).send({
      title: 'Couture',
      kind: 'repair',
      description: 'Fil et aiguille.',
      defaultVenueId: venue.id,
      defaultCapacity: 8,
      defaultDurationMinutes: 120,
    });
    expect(another.body.code).toBe('VENUE_ARCHIVED');
    const session = await request(harness.app)
      .post(`/api/workshops/${workshop.id}/sessions`)
      .set(bearer(t.host))
      .send({ startsAt: '2027-02-06T09:00:00Z' });
    expect(session.status).toBe(404);
    expect(session.body.code).toBe('VENUE_NOT_FOUND');
  });

  it('retires a kind: not offered for new workshops, kept by those that have it', async () => {
    await request(harness.app)
      .post('/api/workshops/kinds')
      .set(bearer(t.coordinator))
      .send({ id: 'tricot', label: 'Tricot' })
      .expect(201);
    const venue = await aVenue(harness, t.coordinator, { name: 'Salle du tricot' });
    const workshop = await aWorkshop(harness, t.host, venue.id, { kind: 'tricot' });
    const archived = await request(harness.app)
      .post('/api/workshops/kinds/tricot/archive')
      .set(bearer(t.coordinator));
    expect(archived.body).toMatchObject({ id: 'tricot', archivedAt: expect.any(String) });
    const kinds = async (query = '') =>
      (
        (await request(harness.app).get(`/api/workshops/kinds${query}`)).body.items as {
          id: string;
        }[]
      ).map((k) => k.id);
    expect(await kinds()).not.toContain('tricot');
    expect(await kinds('?archived=true')).toContain('tricot');
    const fresh = await request(harness.app).post('/api/workshops').set(bearer(t.host)).send({
      title: 'Tricot du jeudi',
      kind: 'tricot',
      description: 'Laine fournie.',
      defaultVenueId: venue.id,
      defaultCapacity: 8,
      defaultDurationMinutes: 120,
    });
    expect(fresh.body.code).toBe('UNKNOWN_KIND');
    const current = await request(harness.app)
      .get(`/api/workshops/${workshop.id}`)
      .set(bearer(t.host));
    const renamed = await request(harness.app)
      .patch(`/api/workshops/${workshop.id}`)
      .set(bearer(t.host))
      .set('If-Match', current.headers.etag as string)
      .send({ title: 'Tricot, saison 2', kind: 'tricot' });
    expect(renamed.status).toBe(200);
  });
});

describe('reference lists', () => {
  it('page like every list: limit up to 500, an opaque cursor to the next page, null at the end', async () => {
    for (const name of ['Salle A', 'Salle B', 'Salle C'])
      await aVenue(harness, t.coordinator, { name, address: `${name}, place du village` });
    const all = (await request(harness.app).get('/api/venues?limit=500')).body as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await request(harness.app).get(`/api/venues?limit=2${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((v: { id: string }) => v.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(all.items.map((v) => v.id));
    for (const path of ['/api/venues?limit=501', '/api/workshops/kinds?limit=0'])
      expect((await request(harness.app).get(path)).body.code).toBe('VALIDATION_FAILED');
    expect((await request(harness.app).get('/api/venues?cursor=zz')).body.code).toBe('BAD_CURSOR');
  });
});
