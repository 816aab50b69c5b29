// Residents' gifts are private: a funder (a bakery, say) sees the residents' category as a
// total, organisations' lines, and of residents' lines only their own; coordinators see all.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-prive-2027';
const coordinator = newId();
const resident = newId();
let bakery: string;
let gift: string;

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}

beforeAll(async () => {
  h = await startFundsHarness();
  bakery = await h.organisation('business', 'vassieux-en-vercors', 'Boulangerie du Col');
  const created = await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator, ['coordinator']))
    .send({
      id: FUND,
      name: 'Fonds des ateliers 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      memberCommunes: ['vassieux-en-vercors'],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
    });
  expect(created.status).toBe(201);
  const given = await request(h.app)
    .post(`/api/funds/${FUND}/contributions`)
    .set(await auth(resident))
    .set('Idempotency-Key', 'don-prive-1')
    .send({ amountCents: 4_200, occurredAt: '2027-02-01T10:00:00Z' });
  expect(given.status).toBe(202);
  gift = await h.confirm(FUND, given.body.id as string);
  const paid = await request(h.app)
    .post(`/api/funds/${FUND}/contributions`)
    .set(await auth(newId(), ['funder'], [bakery]))
    .send({
      amountCents: 50_000,
      organisationId: bakery,
      reference: 'VIR-BOUL-1',
      occurredAt: '2027-02-02T10:00:00Z',
    });
  expect(paid.status).toBe(202);
  await h.confirm(FUND, paid.body.id as string);
});
afterAll(() => h.stop());

it('shows a funder the organisations’ lines and not a resident’s gift, in the ledger and the CSV', async () => {
  const funder = await auth(newId(), ['funder'], [bakery]);
  const ledger = await request(h.app).get(`/api/funds/${FUND}/ledger`).set(funder);
  const ids = (ledger.body.items as { id: string }[]).map((e) => e.id);
  expect(ids).not.toContain(gift);
  expect(ledger.body.items).toEqual([
    expect.objectContaining({ contributor: { type: 'organisation', id: bakery } }),
  ]);
  const csv = await request(h.app).get(`/api/funds/${FUND}/ledger.csv`).set(funder);
  expect(csv.text).toContain('VIR-BOUL-1');
  expect(csv.text).not.toContain(resident);
  const one = await request(h.app).get(`/api/funds/${FUND}/ledger/${gift}`).set(funder);
  expect(one.body.code).toBe('ENTRY_NOT_FOUND');

  const all = await request(h.app)
    .get(`/api/funds/${FUND}/ledger`)
    .set(await auth(coordinator, ['coordinator']));
  expect((all.body.items as { id: string }[]).map((e) => e.id)).toContain(gift);
});

it('gives a funder the residents’ category as one total line among the contributors', async () => {
  const list = await request(h.app)
    .get(`/api/funds/${FUND}/contributors`)
    .set(await auth(newId(), ['funder'], [bakery]));
  const rows = list.body.items as {
    contributor: { type: string; id: string };
    paidCents: number;
  }[];
  expect(rows.some((r) => r.contributor.type === 'account')).toBe(false);
  expect(rows).toContainEqual(
    expect.objectContaining({
      contributor: { type: 'residents', id: 'residents' },
      paidCents: 4_200,
    }),
  );
  const forCoordinator = await request(h.app)
    .get(`/api/funds/${FUND}/contributors`)
    .set(await auth(coordinator, ['coordinator']));
  expect(forCoordinator.body.items).toContainEqual(
    expect.objectContaining({ contributor: { type: 'account', id: resident }, paidCents: 4_200 }),
  );
});

it('shows a funder who gave as a resident their own gift', async () => {
  const ledger = await request(h.app)
    .get(`/api/funds/${FUND}/ledger`)
    .set(await auth(resident, ['resident', 'funder'], [bakery]));
  expect((ledger.body.items as { id: string }[]).map((e) => e.id)).toContain(gift);
});
