import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { DURABLE } from '../events/index.js';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
let coordinator: Record<string, string>;
const FUND = 'fonds-ops-2027';

beforeAll(async () => {
  h = await startFundsHarness();
  coordinator = { Authorization: `Bearer ${await h.token(newId(), ['coordinator'])}` };
  const created = await request(h.app)
    .post('/api/funds')
    .set(coordinator)
    .send({
      id: FUND,
      name: 'Fonds suivi 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 100_000,
      memberCommunes: ['vassieux-en-vercors'],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 50_000 }],
    });
  expect(created.status).toBe(201);
});
afterAll(() => h.stop());

interface Status {
  service: string;
  consumers: { durable: string; pending: number; ackPending: number }[];
  outbox: { documents: number; events: number; byModel: { model: string }[] };
  deadLetters: number;
  reconciliation: { ok: boolean; funds: { fundId: string; equal: boolean }[] };
}

async function status(): Promise<Status> {
  const res = await request(h.app).get('/api/ops/funds/status').set(coordinator);
  expect(res.status).toBe(200);
  return res.body as Status;
}

describe('the funds operations status', () => {
  it('reports its consumer, its drained outbox, no dead letters, and the reconciliation', async () => {
    const settled = await eventually(status, (s) => s.outbox.events === 0);
    expect(settled).toMatchObject({ service: 'funds', deadLetters: 0, outbox: { documents: 0 } });
    expect(settled.consumers.map((c) => c.durable)).toContain(DURABLE);
    expect(settled.outbox.byModel.map((m) => m.model)).toContain('Fund');
    expect(settled.reconciliation.ok).toBe(true);
    expect(settled.reconciliation.funds).toContainEqual(
      expect.objectContaining({ fundId: FUND, equal: true }),
    );
  });

  it('is not for residents, and its letters are only the funds consumer’s', async () => {
    const resident = { Authorization: `Bearer ${await h.token(newId(), ['resident'])}` };
    expect((await request(h.app).get('/api/ops/funds/status').set(resident)).status).toBe(403);
    const letters = await request(h.app).get('/api/ops/funds/dead-letters').set(coordinator);
    expect(letters.body).toEqual({ items: [], nextCursor: null });
  });

  it('is in the service’s OpenAPI document', async () => {
    const doc = await request(h.app).get('/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys((doc.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/api/ops/funds/status', '/api/ops/funds/dead-letters/{seq}/replay']),
    );
  });
});
