// Dates in requests are ISO strings, as the OpenAPI document says; a number is refused rather
// than read as milliseconds after 1970.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;

beforeAll(async () => {
  h = await startFundsHarness();
});
afterAll(() => h.stop());

const aFund = async (period: { periodStart: unknown; periodEnd: unknown }) =>
  request(h.app)
    .post('/api/funds')
    .set('Authorization', `Bearer ${await h.token(newId(), ['coordinator'])}`)
    .send({
      name: 'Fonds des dates',
      ...period,
      targetCents: 100_000,
      memberCommunes: ['vassieux-en-vercors'],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 50_000 }],
    });

it('refuses a number for a date, and takes a date-time with its offset or a calendar day', async () => {
  const numeric = await aFund({ periodStart: 12345, periodEnd: '2041-01-01' });
  expect(numeric.status).toBe(400);
  expect(numeric.body.code).toBe('VALIDATION_FAILED');
  expect(numeric.body.errors.map((e: { path: string }) => e.path)).toEqual(['periodStart']);
  const local = await aFund({ periodStart: '2040-01-01T00:00:00', periodEnd: '2041-01-01' });
  expect(local.status).toBe(400);

  const created = await aFund({
    periodStart: '2040-01-01T00:00:00+01:00',
    periodEnd: '2041-01-01',
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    periodStart: '2039-12-31T23:00:00.000Z',
    periodEnd: '2041-01-01T00:00:00.000Z',
  });
});

it('refuses a period of more than three years (each of its months is read with its ledger)', async () => {
  const ages = await aFund({ periodStart: '0001-01-01', periodEnd: '9999-12-31' });
  expect(ages.status).toBe(422);
  expect(ages.body.code).toBe('INVALID_PERIOD');
  const plan = await aFund({ periodStart: '2041-01-01', periodEnd: '2044-01-01' });
  expect(plan.status).toBe(201);
});

it('says so in its OpenAPI document', async () => {
  const doc = (await request(h.app).get('/openapi.json')).body as {
    paths: Record<
      string,
      { post: { requestBody: { content: Record<string, { schema: never }> } } }
    >;
  };
  const body = doc.paths['/api/funds']!.post.requestBody.content['application/json']!.schema as {
    properties: { periodStart: { anyOf: { format: string }[] } };
  };
  expect(body.properties.periodStart.anyOf.map((s) => s.format)).toEqual(['date-time', 'date']);
});
