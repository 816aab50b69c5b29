import request from 'supertest';
import { venueRegisteredV1, venueUpdatedV1 } from '@fabrique/contracts';
import { recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;
let t: Awaited<ReturnType<typeof tokens>>;
let registered: EventRecorder;
let updated: EventRecorder;

beforeAll(async () => {
  harness = await startWorkshopsHarness();
  t = await tokens(harness);
  const { natsUrl, namespace } = harness.env;
  registered = await recordEvents(natsUrl, namespace, venueRegisteredV1.subject);
  updated = await recordEvents(natsUrl, namespace, venueUpdatedV1.subject);
});

afterAll(async () => {
  await registered.close();
  await updated.close();
  await harness.stop();
});

type VenueEvent = { data: { venueId: string; name: string; address: string; version: number } };

describe('venue events', () => {
  it('tells consumers the name and address of a new venue, then of each change', async () => {
    const venue = await aVenue(harness, t.coordinator, { name: 'Moulin', address: '2 rue Haute' });
    const [first] = (await registered.waitFor(1)) as VenueEvent[];
    expect(first?.data).toMatchObject({ venueId: venue.id, name: 'Moulin', version: 1 });

    const renamed = await request(harness.app)
      .patch(`/api/venues/${venue.id}`)
      .set({ ...bearer(t.coordinator), 'If-Match': 'W/"1"' })
      .send({ name: 'Le Moulin', address: '4 rue Haute' });
    expect(renamed.status).toBe(200);
    const [change] = (await updated.waitFor(1)) as VenueEvent[];
    expect(change?.data).toMatchObject({ name: 'Le Moulin', address: '4 rue Haute', version: 2 });
    expect(registered.events).toHaveLength(1);
  });
});
