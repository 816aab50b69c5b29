import request from 'supertest';
import { workshopArchivedV1, workshopPublishedV1, workshopUpdatedV1 } from '@fabrique/contracts';
import { eventually, recordEvents } from '@fabrique/testkit';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
});

afterAll(async () => {
  await harness.stop();
});

type Who = 'anonymous' | 'resident' | 'otherHost' | 'host' | 'coordinator';
const everyone: Who[] = ['anonymous', 'resident', 'otherHost', 'host', 'coordinator'];
const as = (who: Who, req: request.Test) => (who === 'anonymous' ? req : req.set(bearer(t[who])));

describe('permission matrix on every write route', () => {
  it('answers 401 / 403 / success as the role and ownership require', async () => {
    const venue = await aVenue(harness, t.coordinator);
    const workshop = await aWorkshop(harness, t.host, venue.id);
    let hour = 6;
    const routes: { name: string; allowed: Who[]; run: (who: Who) => Promise<request.Response> }[] =
      [
        {
          name: 'POST /venues',
          allowed: ['otherHost', 'host', 'coordinator'],
          run: (who) =>
            as(who, request(harness.app).post('/api/venues')).send({
              name: 'Atelier',
              address: '2 rue du Four',
              commune: 'vassieux-en-vercors',
              maxCapacity: 10,
            }),
        },
        {
          name: 'PATCH /venues/{id}',
          allowed: ['coordinator'],
          run: async (who) => {
            const etag = (await request(harness.app).get(`/api/venues/${venue.id}`)).headers
              .etag as string;
            return as(who, request(harness.app).patch(`/api/venues/${venue.id}`))
              .set('If-Match', etag)
              .send({ accessibility: 'Plain-pied' });
          },
        },
        {
          name: 'PATCH /workshops/{id}',
          allowed: ['host', 'coordinator'],
          run: async (who) => {
            const etag = (await request(harness.app).get(`/api/workshops/${workshop.id}`)).headers
              .etag as string;
            return as(who, request(harness.app).patch(`/api/workshops/${workshop.id}`))
              .set('If-Match', etag)
              .send({ defaultCapacity: 10 });
          },
        },
        {
          name: 'POST /workshops/{id}/sessions',
          allowed: ['host', 'coordinator'],
          run: (who) =>
            as(who, request(harness.app).post(`/api/workshops/${workshop.id}/sessions`)).send({
              startsAt: `2027-09-0${(hour += 1) % 9 || 1}T0${hour % 10}:00:00Z`,
              durationMinutes: 30,
            }),
        },
        {
          name: 'PATCH /sessions/{id}',
          allowed: ['host', 'coordinator'],
          run: async (who) => {
            const created = await request(harness.app)
              .post(`/api/workshops/${workshop.id}/sessions`)
              .set(bearer(t.host))
              .send({ startsAt: `2027-10-1${everyone.indexOf(who)}T09:00:00Z` });
            return as(who, request(harness.app).patch(`/api/sessions/${created.body.id}`))
              .set('If-Match', 'W/"1"')
              .send({ capacity: 5 });
          },
        },
        {
          name: 'POST /sessions/{id}/cancel',
          allowed: ['host', 'coordinator'],
          run: async (who) => {
            const created = await request(harness.app)
              .post(`/api/workshops/${workshop.id}/sessions`)
              .set(bearer(t.host))
              .send({ startsAt: `2027-11-1${everyone.indexOf(who)}T09:00:00Z` });
            return as(
              who,
              request(harness.app).post(`/api/sessions/${created.body.id}/cancel`),
            ).send({ reason: 'Test des droits' });
          },
        },
        {
          name: 'POST /workshops',
          allowed: ['otherHost', 'host', 'coordinator'],
          run: (who) =>
            as(who, request(harness.app).post('/api/workshops')).send({
              title: 'Nouvel atelier',
              kind: 'other',
              defaultCapacity: 5,
              defaultDurationMinutes: 60,
            }),
        },
        {
          name: 'POST /workshops/kinds',
          allowed: ['coordinator'],
          run: (who) =>
            as(who, request(harness.app).post('/api/workshops/kinds')).send({
              id: `kind-${who.toLowerCase()}`,
              label: 'Tricot',
            }),
        },
      ];
    for (const route of routes) {
      for (const who of everyone) {
        const res = await route.run(who);
        const expected = route.allowed.includes(who) ? 'allowed' : who === 'anonymous' ? 401 : 403;
        const outcome = res.status < 300 ? 'allowed' : res.status;
        // The code is in the compared object so that a failure says what went wrong.
        expect({ route: route.name, who, outcome, code: res.body?.code }).toMatchObject({
          route: route.name,
          who,
          outcome: expected,
        });
      }
    }
  });
});

describe('workshop events', () => {
  it('publishes, updates and archives with one event each, one version higher each time', async () => {
    const recorders = await Promise.all(
      [workshopPublishedV1, workshopUpdatedV1, workshopArchivedV1].map((d) =>
        recordEvents(harness.env.natsUrl, harness.env.namespace, d.subject),
      ),
    );
    const venue = await aVenue(harness, t.coordinator, { name: 'Four communal' });
    const draft = await request(harness.app).post('/api/workshops').set(bearer(t.host)).send({
      title: 'Pain au levain',
      kind: 'cooking',
      defaultVenueId: venue.id,
      defaultCapacity: 8,
      defaultDurationMinutes: 180,
    });
    expect(draft.body.version).toBe(1);
    const edited = await request(harness.app)
      .patch(`/api/workshops/${draft.body.id}`)
      .set(bearer(t.host))
      .set('If-Match', 'W/"1"')
      .send({ description: 'Une journée au four.' });
    expect(edited.body.version).toBe(2);
    const published = await request(harness.app)
      .post(`/api/workshops/${draft.body.id}/status`)
      .set(bearer(t.host))
      .send({ status: 'published' });
    const updated = await request(harness.app)
      .patch(`/api/workshops/${draft.body.id}`)
      .set(bearer(t.host))
      .set('If-Match', `W/"${published.body.version}"`)
      .send({ title: 'Pain au levain du Vercors' });
    // A PATCH changes only what it names.
    expect(updated.body).toMatchObject({
      description: 'Une journée au four.',
      defaultVenueId: venue.id,
      defaultCapacity: 8,
    });
    await request(harness.app)
      .post(`/api/workshops/${draft.body.id}/status`)
      .set(bearer(t.host))
      .send({ status: 'archived' });
    const mine = (events: unknown[]) =>
      (events as { data: { workshopId: string; version: number } }[])
        .filter((e) => e.data.workshopId === draft.body.id)
        .map((e) => e.data.version);
    const arrived = (i: number) =>
      eventually(
        async () => mine(recorders[i]!.events),
        (v) => v.length > 0,
      );
    expect(await arrived(0)).toEqual([3]);
    expect(await arrived(1)).toEqual([updated.body.version]);
    expect(await arrived(2)).toEqual([5]);
    const again = await request(harness.app)
      .post(`/api/workshops/${draft.body.id}/status`)
      .set(bearer(t.host))
      .send({ status: 'published' });
    expect(again.body.code).toBe('INVALID_TRANSITION');
    for (const recorder of recorders) await recorder.close();
  });
});
