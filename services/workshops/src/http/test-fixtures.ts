import request from 'supertest';
import type { WorkshopsHarness } from '../test-harness.js';

export const HOST = 'host-1';
export const OTHER_HOST = 'host-2';
export const COORDINATOR = 'coord-1';
export const RESIDENT = 'resident-1';

export async function tokens(harness: WorkshopsHarness) {
  return {
    host: await harness.token(HOST, ['resident', 'host']),
    otherHost: await harness.token(OTHER_HOST, ['resident', 'host']),
    coordinator: await harness.token(COORDINATOR, ['resident', 'coordinator']),
    resident: await harness.token(RESIDENT, ['resident']),
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function aVenue(
  harness: WorkshopsHarness,
  coordinatorToken: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await request(harness.app)
    .post('/api/venues')
    .set(bearer(coordinatorToken))
    .send({
      name: 'Salle des fêtes',
      address: '1 place de la Mairie',
      commune: 'vassieux-en-vercors',
      maxCapacity: 30,
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`venue: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

export async function aWorkshop(
  harness: WorkshopsHarness,
  hostToken: string,
  venueId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await request(harness.app)
    .post('/api/workshops')
    .set(bearer(hostToken))
    .send({
      title: 'Réparation de vélos',
      kind: 'repair',
      description: 'Apportez votre vélo, on répare ensemble.',
      defaultVenueId: venueId,
      defaultCapacity: 12,
      defaultDurationMinutes: 120,
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`workshop: ${res.status} ${JSON.stringify(res.body)}`);
  const published = await request(harness.app)
    .post(`/api/workshops/${(res.body as { id: string }).id}/status`)
    .set(bearer(hostToken))
    .send({ status: 'published' });
  return published.body as { id: string; version: number };
}
