import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { backfillDeliveryMonths, insertDelivery } from '../store/delivery.store.js';
import { findRecord } from '../store/records.store.js';
import type { Entry } from '../domain/entry.js';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';
import { FundLedgers } from './fund-ledgers.js';

let h: FundsHarness;
const coordinator = newId();
const FUNDS = ['fonds-2030', 'fonds-2031', 'fonds-2032'];

beforeAll(async () => {
  h = await startFundsHarness();
  for (const [i, id] of FUNDS.entries()) {
    const res = await request(h.app)
      .post('/api/funds')
      .set(await auth(coordinator, ['coordinator']))
      .send({
        id,
        name: `Fonds des ateliers ${2030 + i}`,
        periodStart: `${2030 + i}-01-01T00:00:00Z`,
        periodEnd: `${2031 + i}-01-01T00:00:00Z`,
        targetCents: 9_000_000,
        memberCommunes: ['vassieux-en-vercors'],
        lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
      });
    expect(res.status).toBe(201);
    await contribute(id, 1_000);
  }
});
afterAll(() => h.stop());

async function auth(sub: string, roles = ['resident']) {
  return { Authorization: `Bearer ${await h.token(sub, roles)}` };
}

async function contribute(fundId: string, amountCents: number): Promise<string> {
  const year = fundId.slice(-4);
  const res = await request(h.app)
    .post(`/api/funds/${fundId}/contributions`)
    .set(await auth(newId(), ['coordinator']))
    .set('Idempotency-Key', `don-${newId()}`)
    .send({ amountCents, occurredAt: `${year}-02-01T10:00:00Z` });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const contributed = async (view: FundLedgers, fundId: string) =>
  (await view.summary(view.fund(fundId)!)).totals.contributedCents;

it('holds at most its bound of fund ledgers, least recently used out', async () => {
  const view = new FundLedgers(h.deps.models, 2);
  await view.loadFunds();
  expect(view.listFunds().map((f) => f.id)).toEqual([...FUNDS].reverse());
  for (const id of FUNDS) expect(await contributed(view, id)).toBe(1_000);
  expect(view.heldFundIds()).toEqual(FUNDS.slice(1));
  await contributed(view, FUNDS[1]!);
  expect(view.heldFundIds()).toEqual([FUNDS[2], FUNDS[1]]);
});

it('reads a ledger it let go again from the store, with what was written meanwhile', async () => {
  const view = new FundLedgers(h.deps.models, 1);
  await view.loadFunds();
  const [first, second] = FUNDS as [string, string];
  const before = await contributed(view, first);
  await contributed(view, second); // the first leaves
  await contribute(first, 250); // written by the service, not seen by this view
  expect(view.heldFundIds()).toEqual([second]);
  expect(await contributed(view, first)).toBe(before + 250);
});

it('keeps a held ledger current from entries, and ignores those of funds it does not hold', async () => {
  const view = new FundLedgers(h.deps.models, 1);
  await view.loadFunds();
  const [held, other] = FUNDS.slice(1) as [string, string];
  const before = await contributed(view, held);
  const id = await contribute(held, 300);
  const entry = (await findRecord<Entry>(h.deps.models.entries, id))!;
  await view.addEntry(entry);
  await view.addEntry(entry); // delivered twice: counted once
  expect(await contributed(view, held)).toBe(before + 300);
  const elsewhere = await contribute(other, 400);
  await view.addEntry((await findRecord<Entry>(h.deps.models.entries, elsewhere))!);
  expect(view.heldFundIds()).toEqual([held]);
});

it('counts the sessions delivered in a fund’s period, also those stored before months existed', async () => {
  const { models } = h.deps;
  const delivery = {
    sessionId: newId(),
    workshopId: newId(),
    kind: 'repair',
    commune: 'vassieux-en-vercors',
    startsAt: new Date('2031-03-14T14:00:00Z'),
    durationMinutes: 120,
    attendees: 6,
    participantMinutes: 720,
    byResidenceCommune: [{ commune: 'vassieux-en-vercors', attendees: 6 }],
  };
  const sessionsOf = async (view: FundLedgers) =>
    (await view.summary(view.fund('fonds-2031')!)).delivered.sessions;
  expect(await insertDelivery(models, delivery, { eventId: newId(), closedAt: new Date() })).toBe(
    true,
  );
  const view = new FundLedgers(models);
  await view.loadFunds();
  expect(await sessionsOf(view)).toBe(1);

  await models.deliveries.updateOne({ _id: delivery.sessionId }, { $unset: { month: 1 } });
  await models.migrations.deleteMany({});
  const unread = new FundLedgers(models);
  await unread.loadFunds();
  expect(await sessionsOf(unread)).toBe(0);
  expect(await backfillDeliveryMonths(models)).toBe(1);
  expect(await backfillDeliveryMonths(models)).toBe(0); // the marker is there: nothing read
  const reread = new FundLedgers(models);
  await reread.loadFunds();
  expect(await sessionsOf(reread)).toBe(1);
});
