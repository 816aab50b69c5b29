// The participatory-budget round: created with proposals open since two weeks and the review
// and the vote planned days ahead; the seed then moves it on itself, as a coordinator would
// (`POST /api/rounds/{id}/advance`): the review starts once the proposals are in, the vote
// once every proposal is reviewed. No step depends on how fast the machine is.
import { BALLOTS, euros, PROPOSALS, ROUND } from './fund-data.mjs';
import { addDays, parisInstant } from './time.mjs';

function roundBody(fund, now, today) {
  const votingEndsAt = parisInstant(addDays(today, 21), '20:00');
  return {
    fundId: fund.id,
    title: ROUND.title,
    envelopeCents: euros(ROUND.envelope),
    method: { type: 'approval', maxChoices: ROUND.maxChoices },
    proposalsOpenAt: addDays(now, -14).toISOString(),
    reviewStartsAt: addDays(now, 3).toISOString(),
    votingStartsAt: addDays(now, 5).toISOString(),
    votingEndsAt: votingEndsAt.toISOString(),
    closesAt: addDays(votingEndsAt, 7).toISOString(),
  };
}

const roundNamed = async (api, title) =>
  (await api.get('/api/rounds')).items.find((r) => r.title === title);

/** Creates the round (once) and puts the residents' proposals in while proposals are open. */
export async function openRound(ctx, { token }, fund, tokens, now, today) {
  const round =
    (await roundNamed(ctx.api, ROUND.title)) ??
    (await ctx.api.post('/api/rounds', roundBody(fund, now, today), {
      token,
      key: `demo-round-${fund.id}`,
    }));
  const current = await ctx.api.get(`/api/rounds/${round.id}`);
  if (current.phase !== 'proposals') return round;
  const titles = new Set(current.proposals.map((p) => p.title));
  for (const [author, title, commune, cost, kind, description] of PROPOSALS) {
    if (titles.has(title)) continue;
    await ctx.api.post(
      `/api/rounds/${round.id}/proposals`,
      { title, description, commune, costCents: euros(cost), kind },
      { token: tokens.get(author), key: `demo-proposal-${author}` },
    );
  }
  return round;
}

/** Starts the next phase now, unless the round is there already (a resumed seed). */
async function advance(ctx, token, round, to) {
  const current = await ctx.api.get(`/api/rounds/${round.id}`);
  const order = ['proposals', 'review', 'voting'];
  if (order.indexOf(current.phase) >= order.indexOf(to)) return;
  await ctx.api.post(`/api/rounds/${round.id}/advance`, { to }, { token });
}

/**
 * Reviews every proposal, looking again until all six are there and reviewed: a proposal just
 * sent may take a moment to show in the round's view.
 */
async function reviewAll(ctx, token, round) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const current = await ctx.api.get(`/api/rounds/${round.id}`);
    const pending = current.proposals.filter((p) => !p.review);
    const complete = pending.length === 0 && current.proposals.length >= PROPOSALS.length;
    if (current.phase !== 'review' || complete) return;
    for (const proposal of pending) {
      const [, , , , , , feasible, reason] = PROPOSALS.find((p) => p[1] === proposal.title);
      const path = `/api/rounds/${round.id}/proposals/${proposal.id}/review`;
      await ctx.api.post(path, { feasible, reason }, { token });
    }
    await ctx.api.sleep(250);
  }
}

/** Starts the review, reviews the proposals, opens the vote and casts the ballots. */
export async function finishRound(ctx, { token }, round, tokens) {
  await advance(ctx, token, round, 'review');
  await reviewAll(ctx, token, round);
  await advance(ctx, token, round, 'voting');
  const current = await ctx.api.get(`/api/rounds/${round.id}`);
  if (current.phase !== 'voting')
    throw new Error(`the round is in its ${current.phase} phase, not voting`);
  // Only proposals found feasible are on the ballot.
  const feasible = current.proposals.filter((p) => p.review?.feasible);
  const idOf = new Map(feasible.map((p) => [p.title, p.id]));
  for (const [voter, picks] of Object.entries(BALLOTS)) {
    const choices = picks.map((i) => idOf.get(PROPOSALS[i][1])).filter(Boolean);
    await ctx.api.put(`/api/rounds/${round.id}/ballot`, { choices }, { token: tokens.get(voter) });
  }
  ctx.log(`round "${round.title}": ${current.proposals.length} proposals reviewed, voting open`);
}
