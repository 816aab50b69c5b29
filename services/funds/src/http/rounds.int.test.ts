import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { newId, workshopPublishedV1 } from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';
import { advanceRounds } from '../sweeps.js';

const HOUR = 3_600_000;
const FUND = 'fonds-budget';
const VASSIEUX = 'vassieux-en-vercors';
const STJEAN = 'saint-jean-en-royans';

let h: FundsHarness;
let selectedEvents: EventRecorder;
let castEvents: EventRecorder;
let roundId: string;
const coordinator = newId();
const author = newId();
const proposals: Record<string, string> = {};

async function as(sub: string, roles = ['resident'], commune = VASSIEUX) {
  return { Authorization: `Bearer ${await h.token(sub, roles, [], commune)}` };
}

beforeAll(async () => {
  h = await startFundsHarness();
  selectedEvents = await recordEvents(h.env.natsUrl, h.env.namespace, 'funds.project.selected.v1');
  castEvents = await recordEvents(h.env.natsUrl, h.env.namespace, 'funds.ballot.cast.v1');
  const now = Date.now();
  await request(h.app)
    .post('/api/funds')
    .set(await as(coordinator, ['coordinator']))
    .send({
      id: FUND,
      name: 'Fonds 2026',
      periodStart: new Date(now - 30 * 24 * HOUR).toISOString(),
      periodEnd: new Date(now + 300 * 24 * HOUR).toISOString(),
      targetCents: 3_000_000,
      memberCommunes: [VASSIEUX, STJEAN],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
    })
    .expect(201);
  const round = await request(h.app)
    .post('/api/rounds')
    .set(await as(coordinator, ['coordinator']))
    .send({
      fundId: FUND,
      title: 'Budget participatif 2026',
      envelopeCents: 1_000_000,
      method: { type: 'knapsack' },
      proposalsOpenAt: new Date(now - 60_000).toISOString(),
      reviewStartsAt: new Date(now + HOUR).toISOString(),
      votingStartsAt: new Date(now + 2 * HOUR).toISOString(),
      votingEndsAt: new Date(now + 3 * HOUR).toISOString(),
      closesAt: new Date(now + 4 * HOUR).toISOString(),
    });
  expect(round.status).toBe(201);
  roundId = round.body.id as string;
});
afterAll(async () => {
  await selectedEvents.close();
  await castEvents.close();
  await h.stop();
});

const propose = async (title: string, costCents: number, commune = VASSIEUX) =>
  request(h.app)
    .post(`/api/rounds/${roundId}/proposals`)
    .set(await as(author))
    .send({
      title,
      description: `${title}, pour tout le monde`,
      commune,
      costCents,
      kind: 'repair',
    });

const vote = async (voter: string, choices: string[], commune = VASSIEUX) =>
  request(h.app)
    .put(`/api/rounds/${roundId}/ballot`)
    .set(await as(voter, ['resident'], commune))
    .send({ choices });

it('takes proposals from residents of the communes, during the proposals phase only', async () => {
  for (const [key, title, cost] of [
    ['bike', 'Atelier vélo à Vassieux', 600_000],
    ['oven', 'Four partagé', 400_000],
    ['seeds', 'Grainothèque', 300_000],
    ['boat', 'Bateau', 500_000],
  ] as const)
    proposals[key] = (await propose(title, cost)).body.id as string;
  const outsider = await request(h.app)
    .post(`/api/rounds/${roundId}/proposals`)
    .set(await as(newId(), ['resident'], 'grenoble'))
    .send({
      title: 'Ailleurs',
      description: 'x',
      commune: VASSIEUX,
      costCents: 100,
      kind: 'other',
    });
  expect(outsider.body.code).toBe('NOT_ELIGIBLE');
  const early = await vote(newId(), []);
  expect(early.body.code).toBe('WRONG_PHASE');
  const notMine = await request(h.app)
    .patch(`/api/rounds/${roundId}/proposals/${proposals.oven}`)
    .set(await as(newId()))
    .send({ costCents: 1 });
  expect(notMine.body.code).toBe('NOT_YOUR_PROPOSAL');
});

it('lets coordinators review during the review phase, with public reasons', async () => {
  h.travel(HOUR);
  expect((await propose('Trop tard', 100)).body.code).toBe('WRONG_PHASE');
  const review = async (key: string, body: Record<string, unknown>) =>
    request(h.app)
      .post(`/api/rounds/${roundId}/proposals/${proposals[key]}/review`)
      .set(await as(coordinator, ['coordinator']))
      .send(body);
  expect((await review('bike', { feasible: true, reason: 'Local trouvé' })).status).toBe(200);
  expect(
    (
      await review('oven', {
        feasible: true,
        reason: 'Devis reçu',
        adjustedCostCents: 450_000,
        costNote: 'Devis du maçon',
      })
    ).body.adjustedCostCents,
  ).toBe(450_000);
  await review('seeds', { feasible: true, reason: 'Simple' });
  await review('boat', { feasible: false, reason: 'Pas de lac' });
  const byResident = await request(h.app)
    .post(`/api/rounds/${roundId}/proposals/${proposals.seeds}/review`)
    .set(await as(newId()))
    .send({ feasible: false, reason: 'non' });
  expect(byResident.status).toBe(403);
});

it('keeps exactly one ballot per voter, even with 200 concurrent replacements', async () => {
  h.travel(HOUR);
  expect((await vote(newId(), [proposals.boat as string])).body.code).toBe('BALLOT_INVALID');
  expect(
    (
      await vote(newId(), [
        proposals.bike as string,
        proposals.oven as string,
        proposals.seeds as string,
      ])
    ).body.code,
  ).toBe('BALLOT_INVALID');
  const voter = newId();
  const options = [
    [proposals.bike],
    [proposals.oven],
    [proposals.seeds],
    [proposals.oven, proposals.seeds],
  ] as string[][];
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) => vote(voter, options[i % options.length] as string[])),
  );
  expect(answers.every((a) => a.status === 200)).toBe(true);
  expect(await h.deps.models.ballots.countDocuments({ voterId: voter })).toBe(1);
  const mine = await request(h.app)
    .get(`/api/rounds/${roundId}/ballot`)
    .set(await as(voter));
  expect(options.map((o) => JSON.stringify(o))).toContain(JSON.stringify(mine.body.choices));
  // Three more voters, so that the outcome is known whatever the concurrent voter kept.
  await vote(voter, [proposals.bike as string]);
  await vote(newId(), [proposals.bike as string], STJEAN);
  await vote(newId(), [proposals.oven as string, proposals.seeds as string]);
  await vote(newId(), [proposals.seeds as string]);
  expect((await request(h.app).get(`/api/rounds/${roundId}/results`)).body.code).toBe(
    'WRONG_PHASE',
  );
});

it('publishes deterministic results and funds each winner once, however often it is asked', async () => {
  h.travel(HOUR);
  // Votes: bike 2, seeds 2, oven 1. Ties by lower cost: seeds (3 000 €) before bike (6 000 €).
  // Envelope 10 000 €: seeds (3 000) then bike (6 000) fit, oven (4 500 after review) no longer does.
  const first = await request(h.app).get(`/api/rounds/${roundId}/results`);
  expect(first.status).toBe(200);
  expect(first.body.selected).toEqual([proposals.seeds, proposals.bike]);
  expect(first.body.selectedCents).toBe(900_000);
  expect(first.body.turnout.voters).toBe(4);
  await request(h.app).get(`/api/rounds/${roundId}/results`).expect(200);
  await advanceRounds(h.deps);
  const allocations = await h.deps.models.entries.find({ kind: 'allocation' }).lean();
  expect(allocations.map((e) => e.amountCents).sort()).toEqual([300_000, 600_000]);
  await selectedEvents.waitFor(2);
  await new Promise((r) => setTimeout(r, 300));
  expect(selectedEvents.events).toHaveLength(2);
  const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
  expect(summary.body.totals.allocatedCents).toBe(900_000);
});

it('never shows anyone what another person voted', async () => {
  const results = await request(h.app).get(`/api/rounds/${roundId}/results`);
  expect(JSON.stringify(results.body)).not.toMatch(/voterId|choices/);
  const round = await request(h.app).get(`/api/rounds/${roundId}`);
  expect(JSON.stringify(round.body)).not.toMatch(/voterId|choices|ballot|submittedBy/i);
  expect(round.body.proposals).toHaveLength(4);
  const asAuthor = await request(h.app)
    .get(`/api/rounds/${roundId}`)
    .set(await as(author));
  expect(asAuthor.body.proposals.every((p: { mine: boolean }) => p.mine)).toBe(true);
  const stranger = await request(h.app)
    .get(`/api/rounds/${roundId}/ballot`)
    .set(await as(newId()));
  expect(stranger.status).toBe(404);
  await eventually(
    async () => castEvents.events.length,
    (n) => n >= 5,
  );
  expect(JSON.stringify(castEvents.events)).not.toMatch(/choices|voterId/);
});

it('shows what each winner produced: its workshops’ sessions, hours and spending', async () => {
  const workshopId = newId();
  await publishEvent(
    h.bus,
    workshopPublishedV1.create(
      { source: 'fabrique/test', subject: workshopId },
      {
        workshopId,
        title: 'Grainothèque du village',
        kind: 'gardening',
        hostIds: [newId()],
        defaultVenueId: null,
        commune: VASSIEUX,
        status: 'published',
        version: 1,
        projectId: proposals.seeds,
      },
    ),
  );
  await eventually(
    () => h.deps.models.projectWorkshops.countDocuments({ projectId: proposals.seeds }),
    (n) => n === 1,
  );
  const startsAt = new Date(Date.now() - 2 * HOUR).toISOString();
  await h.closeSession({ workshopId, startsAt, participantMinutes: 600, attendees: 5 });
  await h.closeSession({ startsAt });
  await eventually(
    () => h.deps.models.deliveries.countDocuments({ workshopId }),
    (n) => n === 1,
  );
  const coordinatorAuth = await as(coordinator, ['coordinator']);
  const expense = await request(h.app)
    .post(`/api/funds/${FUND}/expenses`)
    .set(coordinatorAuth)
    .send({
      amountCents: 12_000,
      lineItemId: 'materiel',
      workshopId,
      receiptRef: 'GRAINES-1',
      description: 'Sachets de graines',
    })
    .expect(201);
  await request(h.app)
    .post(`/api/funds/${FUND}/expenses/${expense.body.id as string}/approve`)
    .set(coordinatorAuth)
    // Nothing was given to this test fund: paid on the project's allocation, said so.
    .send({ override: 'Payé sur l’allocation du projet' })
    .expect(200);
  const results = await request(h.app).get(`/api/rounds/${roundId}/results`);
  const seeds = (results.body.produced as { proposalId: string }[]).find(
    (p) => p.proposalId === proposals.seeds,
  );
  expect(seeds).toMatchObject({
    allocationCents: 300_000,
    workshopIds: [workshopId],
    sessions: 1,
    participantHours: 10,
    attendees: 5,
    spentCents: 12_000,
  });
  const bike = (results.body.produced as { proposalId: string }[]).find(
    (p) => p.proposalId === proposals.bike,
  );
  expect(bike).toMatchObject({ workshopIds: [], sessions: 0, spentCents: 0 });
});
