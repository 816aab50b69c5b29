// A coordinator turns a winning participatory-budget project into a workshop linked to it.
import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { projectSelectedV1, workshopPublishedV1 } from '@fabrique/contracts';
import { eventually, recordEvents } from '@fabrique/testkit';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
});
afterAll(() => harness.stop());

it('links a workshop to a winning project, for coordinators only, and says so in its events', async () => {
  const published = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    workshopPublishedV1.subject,
  );
  await publishEvent(
    harness.bus,
    projectSelectedV1.create(
      { source: 'fabrique/test', subject: 'proposal-1' },
      {
        roundId: 'round-1',
        fundId: 'fund-1',
        proposalId: 'proposal-1',
        title: 'Grainothèque',
        description: 'Des graines pour tous',
        commune: 'vassieux-en-vercors',
        kind: 'repair',
        costCents: 300_000,
        votes: 12,
        allocationEntryId: 'allocation-1',
      },
    ),
  );
  await eventually(
    () => harness.deps.models.projects.countDocuments({ _id: 'proposal-1' }),
    (n) => n === 1,
  );
  const venue = await aVenue(harness, t.coordinator);
  const body = (projectId: string) => ({
    title: 'Grainothèque du village',
    kind: 'repair',
    description: 'Échanges de graines',
    defaultVenueId: venue.id,
    defaultCapacity: 12,
    defaultDurationMinutes: 120,
    projectId,
  });
  const create = (token: string, projectId: string) =>
    request(harness.app).post('/api/workshops').set(bearer(token)).send(body(projectId));
  expect((await create(t.host, 'proposal-1')).status).toBe(403);
  expect((await create(t.coordinator, 'proposal-404')).body.code).toBe('UNKNOWN_PROJECT');
  const created = await create(t.coordinator, 'proposal-1');
  expect(created.status).toBe(201);
  expect(created.body.projectId).toBe('proposal-1');
  await request(harness.app)
    .post(`/api/workshops/${created.body.id as string}/status`)
    .set(bearer(t.coordinator))
    .send({ status: 'published' })
    .expect(200);
  const [event] = (await published.waitFor(1)) as { data: { projectId: string } }[];
  expect(event?.data.projectId).toBe('proposal-1');
  await published.close();
});
