// A coordinator moves a round on before its dates: the review once proposals are in, the vote
// once every proposal is reviewed (never on proposals nobody looked at), each once.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VASSIEUX = 'vassieux-en-vercors';
let h: FundsHarness;
let roundId: string;
const coordinator = newId();

async function as(sub: string, roles = ['resident']) {
  return { Authorization: `Bearer ${await h.token(sub, roles, [], VASSIEUX)}` };
}

beforeAll(async () => {
  h = await startFundsHarness();
  const now = Date.now();
  await request(h.app)
    .post('/api/funds')
    .set(await as(coordinator, ['coordinator']))
    .send({
      id: 'fonds-avance',
      name: 'Fonds 2027',
      periodStart: new Date(now - 30 * DAY).toISOString(),
      periodEnd: new Date(now + 300 * DAY).toISOString(),
      targetCents: 3_000_000,
      memberCommunes: [VASSIEUX],
    })
    .expect(201);
  const round = await request(h.app)
    .post('/api/rounds')
    .set(await as(coordinator, ['coordinator']))
    .send({
      fundId: 'fonds-avance',
      title: 'Budget participatif',
      envelopeCents: 1_000_000,
      method: { type: 'approval', maxChoices: 2 },
      proposalsOpenAt: new Date(now - DAY).toISOString(),
      reviewStartsAt: new Date(now + 7 * DAY).toISOString(),
      votingStartsAt: new Date(now + 8 * DAY).toISOString(),
      votingEndsAt: new Date(now + 20 * DAY).toISOString(),
      closesAt: new Date(now + 27 * DAY).toISOString(),
    });
  roundId = round.body.id as string;
});
afterAll(() => h.stop());

const advance = async (to: string, who = coordinator, roles = ['coordinator']) =>
  request(h.app)
    .post(`/api/rounds/${roundId}/advance`)
    .set(await as(who, roles))
    .send({ to });

it('starts the review, then the vote once every proposal is reviewed, each once', async () => {
  const proposal = await request(h.app)
    .post(`/api/rounds/${roundId}/proposals`)
    .set(await as(newId()))
    .send({
      title: 'Atelier vélo',
      description: 'Des outils pour réparer les vélos',
      commune: VASSIEUX,
      costCents: 300_000,
      kind: 'repair',
    });
  expect(proposal.status).toBe(201);
  expect((await advance('review', newId(), ['resident'])).status).toBe(403);
  expect((await advance('voting')).body.code).toBe('WRONG_PHASE');

  const review = await advance('review');
  expect(review.status).toBe(200);
  expect(review.body.phase).toBe('review');
  expect(new Date(review.body.reviewStartsAt as string).getTime()).toBeLessThanOrEqual(Date.now());
  const early = await advance('voting');
  expect(early.status).toBe(409);
  expect(early.body.code).toBe('NOT_ALL_REVIEWED');

  await request(h.app)
    .post(`/api/rounds/${roundId}/proposals/${proposal.body.id as string}/review`)
    .set(await as(coordinator, ['coordinator']))
    .send({ feasible: true, reason: 'Faisable avec le matériel du repair café' })
    .expect(200);
  const voting = await advance('voting');
  expect(voting.body.phase).toBe('voting');
  expect((await advance('voting')).body.code).toBe('WRONG_PHASE');
  const marks = await h.deps.models.phaseMarks.countDocuments({ roundId });
  expect(marks).toBe(2);

  const ballot = await request(h.app)
    .put(`/api/rounds/${roundId}/ballot`)
    .set(await as(newId()))
    .send({ choices: [proposal.body.id] });
  expect(ballot.status).toBe(200);
});

it('refuses a project costing more than the envelope, proposed or edited', async () => {
  const now = Date.now();
  const created = await request(h.app)
    .post('/api/rounds')
    .set(await as(coordinator, ['coordinator']))
    .send({
      fundId: 'fonds-avance',
      title: 'Petits projets',
      envelopeCents: 200_000,
      method: { type: 'knapsack' },
      proposalsOpenAt: new Date(now - DAY).toISOString(),
      reviewStartsAt: new Date(now + 7 * DAY).toISOString(),
      votingStartsAt: new Date(now + 8 * DAY).toISOString(),
      votingEndsAt: new Date(now + 20 * DAY).toISOString(),
      closesAt: new Date(now + 27 * DAY).toISOString(),
    });
  const path = `/api/rounds/${created.body.id as string}/proposals`;
  const author = await as(newId());
  const body = {
    title: 'Salle des fêtes neuve',
    description: 'Tout refaire, du sol au plafond',
    commune: VASSIEUX,
    costCents: 200_001,
    kind: 'repair',
  };
  const refused = await request(h.app).post(path).set(author).send(body);
  expect(refused.status).toBe(422);
  expect(refused.body.code).toBe('ABOVE_ENVELOPE');
  const fits = await request(h.app)
    .post(path)
    .set(author)
    .send({ ...body, costCents: 200_000 });
  expect(fits.status).toBe(201);
  const edited = await request(h.app)
    .patch(`${path}/${fits.body.id as string}`)
    .set(author)
    .send({ costCents: 250_000 });
  expect(edited.body.code).toBe('ABOVE_ENVELOPE');
});
