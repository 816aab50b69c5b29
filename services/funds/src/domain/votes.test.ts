import {
  ballotCastV1,
  entryRecordedV1,
  projectSelectedV1,
  proposalReviewedV1,
  proposalSubmittedV1,
  roundResultsPublishedV1,
} from '@fabrique/contracts';
import { ballotIdOf, castBallot } from './ballot.js';
import { entryIdOf } from './entry.js';
import { editProposal, reviewProposal, submitProposal, type ProposalRequest } from './proposal.js';
import { fundWinner, publishResults } from './results.js';
import { aProposal, CHAPELLE, codeOf, during, resident, round, VASSIEUX } from './test-fixtures.js';

const idea: ProposalRequest & { id: string } = {
  id: 'p1',
  title: 'Café réparation mensuel',
  description: 'Un samedi par mois',
  commune: VASSIEUX,
  costCents: 300_000,
  kind: 'repair',
};

describe('submitProposal', () => {
  it('takes a resident’s proposal during the proposals phase, not yet reviewed', () => {
    const { proposal, events } = submitProposal(round, resident, idea, during.proposals);
    expect(proposal).toMatchObject({
      ...idea,
      roundId: round.id,
      submittedBy: resident.accountId,
      submittedAt: during.proposals,
      adjustedCostCents: null,
      review: null,
      version: 1,
    });
    const event = proposalSubmittedV1.schema.parse(events[0]);
    expect(event.data).toMatchObject({ proposalId: 'p1', costCents: 300_000, version: 1 });
  });

  it('refuses it outside the phase, from outside the round, for another commune, above the envelope', () => {
    const at = during.proposals;
    expect(codeOf(() => submitProposal(round, resident, idea, during.review))).toBe('WRONG_PHASE');
    const stranger = { ...resident, commune: 'paris' };
    expect(codeOf(() => submitProposal(round, stranger, idea, at))).toBe('NOT_ELIGIBLE');
    const elsewhere = { ...idea, commune: 'paris' };
    expect(codeOf(() => submitProposal(round, resident, elsewhere, at))).toBe('NOT_ELIGIBLE');
    const dear = { ...idea, costCents: round.envelopeCents + 1 };
    expect(codeOf(() => submitProposal(round, resident, dear, at))).toBe('ABOVE_ENVELOPE');
  });
});

describe('editProposal', () => {
  const mine = aProposal('p1', { submittedBy: resident.accountId, review: null, version: 1 });

  it('lets its author change it, a version further', () => {
    const edited = editProposal(round, mine, resident.accountId, { costCents: 250_000 });
    expect(edited).toMatchObject({ costCents: 250_000, version: 2 });
  });

  it('refuses someone else, and a commune outside the round', () => {
    expect(codeOf(() => editProposal(round, mine, 'someone', {}))).toBe('NOT_YOUR_PROPOSAL');
    const move = { commune: 'paris' };
    expect(codeOf(() => editProposal(round, mine, resident.accountId, move))).toBe('NOT_ELIGIBLE');
  });
});

describe('reviewProposal', () => {
  it('records the verdict, its public reason and the adjusted cost', () => {
    const submitted = aProposal('p1', { review: null, version: 1 });
    const request = { feasible: true, reason: 'Faisable', adjustedCostCents: 240_000 };
    const { proposal, events } = reviewProposal(submitted, request, 'coordinator-1', during.review);
    expect(proposal).toMatchObject({
      review: { feasible: true, reason: 'Faisable', by: 'coordinator-1', costNote: null },
      adjustedCostCents: 240_000,
      version: 2,
    });
    const event = proposalReviewedV1.schema.parse(events[0]);
    expect(event.data).toMatchObject({ feasible: true, adjustedCostCents: 240_000, version: 2 });
  });
});

describe('castBallot', () => {
  const proposals = [aProposal('a'), aProposal('b', { commune: VASSIEUX })];

  it('keeps one ballot per voter and round, and says someone voted, never what', () => {
    const { ballot, events } = castBallot(round, resident, proposals, ['a'], during.voting);
    expect(ballot).toEqual({
      id: ballotIdOf(round.id, resident.accountId),
      roundId: round.id,
      voterId: resident.accountId,
      voterCommune: CHAPELLE,
      choices: ['a'],
      castAt: during.voting,
    });
    expect(ballotCastV1.schema.parse(events[0]).data).toEqual({
      roundId: round.id,
      voterCommune: CHAPELLE,
      castAt: during.voting.toISOString(),
    });
  });

  it('refuses a ballot outside the vote, from outside the round, or naming an unknown proposal', () => {
    const at = during.voting;
    expect(codeOf(() => castBallot(round, resident, proposals, [], during.review))).toBe(
      'WRONG_PHASE',
    );
    const stranger = { ...resident, commune: 'paris' };
    expect(codeOf(() => castBallot(round, stranger, proposals, [], at))).toBe('NOT_ELIGIBLE');
    expect(codeOf(() => castBallot(round, resident, proposals, ['zz'], at))).toBe('BALLOT_INVALID');
  });
});

describe('publishResults and fundWinner', () => {
  const winner = aProposal('a');
  const proposals = [winner, aProposal('b', { commune: VASSIEUX })];
  const ballots = [
    { voterCommune: CHAPELLE, choices: ['a'] },
    { voterCommune: VASSIEUX, choices: ['a', 'b'] },
  ];

  it('publishes the counted results once voting has closed', () => {
    const { published, events } = publishResults(round, proposals, ballots, during.results);
    expect(published).toMatchObject({ id: round.id, publishedAt: during.results, funded: false });
    expect(published.results.selected).toEqual(['a', 'b']);
    expect(roundResultsPublishedV1.schema.parse(events[0]).data).toEqual({
      roundId: round.id,
      fundId: round.fundId,
      selected: ['a', 'b'],
      selectedCents: 400_000,
      voters: 2,
      publishedAt: during.results.toISOString(),
    });
    expect(codeOf(() => publishResults(round, proposals, ballots, during.voting))).toBe(
      'WRONG_PHASE',
    );
  });

  it('funds a winner by an allocation entry keyed by round and proposal, with its selection', () => {
    const { results } = publishResults(round, proposals, ballots, during.results).published;
    const { entry, events } = fundWinner(round, winner, results, during.results);
    expect(entry).toMatchObject({
      id: entryIdOf(round.fundId, 'allocation', `${round.id}:a`),
      kind: 'allocation',
      amountCents: 200_000,
      commune: CHAPELLE,
      groupId: round.id,
      recordedBy: 'participatory-budget',
    });
    expect(events.map((e) => e.type)).toEqual([entryRecordedV1.type, projectSelectedV1.type]);
    expect(projectSelectedV1.schema.parse(events[1]).data).toMatchObject({
      proposalId: 'a',
      votes: 2,
      allocationEntryId: entry.id,
    });
  });
});
