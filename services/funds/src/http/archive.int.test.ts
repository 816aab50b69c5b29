// A fund or an organisation retired by a coordinator takes nothing new; what it holds stays.
import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { newId, organisationArchivedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-archive-2027';
const coordinator = newId();

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}
const asCoordinator = () => auth(coordinator, ['coordinator']);
const money = async (
  path: string,
  body: Record<string, unknown>,
  who?: { Authorization: string },
) =>
  request(h.app)
    .post(`/api/funds/${FUND}/${path}`)
    .set(who ?? (await asCoordinator()))
    .send({ occurredAt: '2027-02-01T10:00:00Z', ...body });

beforeAll(async () => {
  h = await startFundsHarness();
  await request(h.app)
    .post('/api/funds')
    .set(await asCoordinator())
    .send({
      id: FUND,
      name: 'Fonds créé par erreur',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
    })
    .expect(201);
});
afterAll(() => h.stop());

it('refuses an organisation archived by accounts as the giver of new money', async () => {
  const shop = await h.organisation('business', 'vassieux-en-vercors', 'Épicerie fermée');
  expect(
    (await money('contributions', { amountCents: 1_000, organisationId: shop, reference: 'E-1' }))
      .status,
  ).toBe(201);
  await publishEvent(
    h.bus,
    organisationArchivedV1.create(
      { source: 'fabrique/test', subject: shop },
      { organisationId: shop, archivedBy: coordinator, archivedAt: new Date().toISOString() },
    ),
  );
  await eventually(
    () => h.deps.models.organisations.findById(shop).lean<{ archivedAt?: Date }>(),
    (o) => Boolean(o?.archivedAt),
  );
  const refused = await money('contributions', {
    amountCents: 1_000,
    organisationId: shop,
    reference: 'E-2',
  });
  expect(refused.status).toBe(409);
  expect(refused.body.code).toBe('ORGANISATION_ARCHIVED');
});

it('retires a fund: hidden from the list, nothing new recorded, its pages still readable', async () => {
  const resident = await auth(newId());
  const byResident = await request(h.app).post(`/api/funds/${FUND}/archive`).set(resident);
  expect(byResident.status).toBe(403);
  const archived = await request(h.app)
    .post(`/api/funds/${FUND}/archive`)
    .set(await asCoordinator());
  expect(archived.body.archivedAt).toEqual(expect.any(String));
  const ids = async (query = '') =>
    ((await request(h.app).get(`/api/funds${query}`)).body.items as { id: string }[]).map(
      (f) => f.id,
    );
  expect(await ids()).not.toContain(FUND);
  expect(await ids('?archived=true')).toContain(FUND);
  const attempts = [
    await money('contributions', { amountCents: 500, reference: 'X-1' }),
    await money('pledges', { amountCents: 500, reference: 'X-2' }),
    await money('contributions', { amountCents: 500, reference: 'X-3' }, resident),
    await request(h.app)
      .post(`/api/funds/${FUND}/expenses`)
      .set(await asCoordinator())
      .send({ amountCents: 500, lineItemId: 'materiel', receiptRef: 'F-1', description: 'Vis' }),
  ];
  expect(attempts.map((a) => a.body.code)).toEqual(Array(4).fill('FUND_ARCHIVED'));
  const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
  expect(summary.status).toBe(200);
  expect(summary.body.totals.contributedCents).toBe(1_000);
});
