import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { newId, sessionDeliveryVoidedV1 } from '@fabrique/contracts';
import { connectMongo, createLogger } from '@fabrique/service-kit';
import { eventually, isolatedEnvironment } from '@fabrique/testkit';
import { FundBook } from '../domain/fund-book.js';
import { fundsModels } from '../store/models.js';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';
import { bookTarget, rebuildFromEvents, replayFundEvents } from './rebuild.js';
import { bookFromDatabase, compareBooks, reconcile } from './reconcile.js';

let h: FundsHarness;
const coordinator = newId();
const FUND = 'fonds-reconcile-2027';
const LATER_FUND = 'fonds-reconcile-2028';
const logger = createLogger('funds-reconcile-test', 'silent');

const auth = async (sub: string, roles: string[]) => ({
  Authorization: `Bearer ${await h.token(sub, roles)}`,
});

async function post(path: string, body: Record<string, unknown>) {
  const res = await request(h.app)
    .post(path)
    .set(await auth(coordinator, ['coordinator']))
    .send(body);
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

async function createFund(id: string, year: number) {
  await post('/api/funds', {
    id,
    name: `Fonds des ateliers ${year}`,
    periodStart: `${year}-01-01T00:00:00Z`,
    periodEnd: `${year + 1}-01-01T00:00:00Z`,
    targetCents: 9_000_000,
    memberCommunes: ['vassieux-en-vercors', 'saint-jean-en-royans'],
  });
}

const money = (kind: 'contributions' | 'pledges', body: Record<string, unknown>) =>
  post(`/api/funds/${FUND}/${kind}`, { occurredAt: '2027-02-01T10:00:00Z', ...body });

/** Everything written has left through the relay and every closed session is stored and seen. */
async function settled() {
  const { funds, entries, deliveries } = h.deps.models;
  await eventually(
    async () =>
      (await funds.countDocuments({ 'outbox.0': { $exists: true } })) +
      (await entries.countDocuments({ 'outbox.0': { $exists: true } })),
    (pending) => pending === 0,
  );
  await eventually(
    async () => (await deliveries.countDocuments()) + (await h.deps.models.voids.countDocuments()),
    (n) => n === 4,
  );
  const fund = h.deps.book.fund(FUND);
  await eventually(
    async () => (fund ? (await h.deps.book.summary(fund)).delivered.sessions : 0),
    (n) => n === 2,
  );
}

beforeAll(async () => {
  h = await startFundsHarness();
  await createFund(FUND, 2027);
  await createFund(LATER_FUND, 2028);
  const townHall = await h.organisation('municipality', 'vassieux-en-vercors', 'Mairie');
  await money('pledges', { amountCents: 300_000, organisationId: townHall, reference: 'P-1' });
  await money('contributions', {
    amountCents: 150_000,
    organisationId: townHall,
    reference: 'V-1',
  });
  await money('contributions', { amountCents: 2_500, reference: 'R-1' });
  const mistake = await money('contributions', { amountCents: 4_000, reference: 'R-2' });
  await post(`/api/funds/${FUND}/ledger/${mistake.id}/reverse`, { reason: 'Saisie en double' });
  await h.closeSession({ startsAt: '2027-03-06T09:00:00.000Z' });
  await h.closeSession({ kind: 'cooking', startsAt: '2027-04-10T14:00:00.000Z' });
  // A third, voided by a coordinator: it counts nowhere, live or rebuilt.
  const voided = await h.closeSession({ startsAt: '2027-05-15T09:00:00.000Z' });
  await publishEvent(
    h.bus,
    sessionDeliveryVoidedV1.create(
      { subject: voided.data.sessionId, source: 'test' },
      {
        sessionId: voided.data.sessionId,
        startsAt: voided.data.startsAt,
        reason: 'Séance annulée sur place, clôturée par erreur',
        voidedBy: coordinator,
        voidedAt: new Date().toISOString(),
      },
    ),
  );
  await settled();
});
afterAll(async () => {
  await h.stop();
});

describe('reconciliation', () => {
  it('finds the live summaries equal to those recomputed from the database', async () => {
    const report = await reconcile(h.deps);
    expect(report.ok).toBe(true);
    expect(report.funds).toEqual([
      { fundId: FUND, entries: 5, equal: true, differences: [] },
      { fundId: LATER_FUND, entries: 0, equal: true, differences: [] },
    ]);
    const fund = h.deps.book.fund(FUND);
    expect(fund && (await h.deps.book.summary(fund)).totals.contributedCents).toBe(152_500);
  });

  it('serves the report to coordinators only, not as a fund called "reconciliation"', async () => {
    const res = await request(h.app)
      .get('/api/funds/reconciliation')
      .set(await auth(coordinator, ['coordinator']));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, funds: [{ fundId: FUND }, { fundId: LATER_FUND }] });
    const resident = await request(h.app)
      .get('/api/funds/reconciliation')
      .set(await auth(newId(), ['resident']));
    expect(resident.status).toBe(403);
    expect((await request(h.app).get('/api/funds/reconciliation')).status).toBe(401);
  });

  it('rebuilds from the events alone a database whose summaries equal the live ones', async () => {
    const env = isolatedEnvironment('funds-rebuild');
    const connection = await connectMongo(`${env.mongoUrl}${env.dbName}`);
    try {
      const models = fundsModels(connection);
      const counts = await rebuildFromEvents(h.bus, models, logger);
      expect(counts).toEqual({
        events: 11,
        funds: 2,
        rates: 0,
        entries: 5,
        deliveries: 3,
        voids: 1,
        alreadyThere: 0,
        invalid: 0,
      });
      const rebuilt = await bookFromDatabase(models);
      for (const fund of h.deps.book.listFunds()) {
        const again = rebuilt.fund(fund.id);
        expect(again && rebuilt.summary(again)).toEqual(await h.deps.book.summary(fund));
      }
      expect((await compareBooks(h.deps.book, rebuilt, new Date())).ok).toBe(true);
      // Ids come from the facts: a second run finds everything already there.
      const twice = await rebuildFromEvents(h.bus, models, logger);
      expect(twice).toMatchObject({ events: 11, funds: 0, entries: 0, alreadyThere: 11 });
      expect(await models.entries.countDocuments()).toBe(5);
      expect(await models.entries.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });

  it('gives the same summaries when the events are replayed into memory', async () => {
    const book = new FundBook();
    const counts = await replayFundEvents(h.bus, bookTarget(book), logger);
    expect(counts).toMatchObject({ funds: 2, entries: 5, deliveries: 3, voids: 1, invalid: 0 });
    expect(await compareBooks(h.deps.book, book, new Date())).toMatchObject({ ok: true });
  });

  it('reports the fund whose ledger holds an entry the live book never saw', async () => {
    const forged = `contribution-forged-${newId()}`;
    await h.deps.models.entries.create({
      _id: forged,
      fundId: FUND,
      kind: 'contribution',
      reversedKind: null,
      amountCents: 1_000,
      category: 'residents',
      contributor: { type: 'account', id: newId() },
      commune: 'vassieux-en-vercors',
      lineItemId: null,
      sessionId: null,
      workshopId: null,
      occurredAt: new Date('2027-05-01T10:00:00Z'),
      recordedAt: new Date(),
      recordedBy: newId(),
      source: { type: 'receipt', ref: 'FORGED-1' },
      groupId: newId(),
      reverses: null,
      note: null,
      outbox: [],
    });
    try {
      const report = await reconcile(h.deps);
      expect(report.ok).toBe(false);
      const [tampered, untouched] = report.funds;
      expect(untouched).toEqual({ fundId: LATER_FUND, entries: 0, equal: true, differences: [] });
      expect(tampered).toMatchObject({ fundId: FUND, entries: 6, equal: false });
      expect(tampered?.differences).toEqual(
        expect.arrayContaining([
          'entries: live 5, rebuilt 6',
          'totals.contributedCents: live 152500, rebuilt 153500',
          'totals.balanceCents: live 152500, rebuilt 153500',
        ]),
      );
    } finally {
      await h.deps.models.entries.deleteOne({ _id: forged });
    }
    expect((await reconcile(h.deps)).ok).toBe(true);
  });
});
