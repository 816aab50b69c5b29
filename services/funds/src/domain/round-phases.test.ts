import { roundOpenedV1, roundPhaseChangedV1 } from '@fabrique/contracts';
import { openRound, type RoundInput } from './round.js';
import { advancePhase, advancesOf, changePhase } from './round-phases.js';
import {
  aProposal,
  CHAPELLE,
  codeOf,
  coordinator,
  during,
  fund,
  round,
  VASSIEUX,
} from './test-fixtures.js';

describe('openRound', () => {
  const { createdBy: _by, createdAt: _at, communes: _communes, ...asked } = round;
  const input: RoundInput = asked;

  it('opens a round for the fund’s member communes by default', () => {
    const { round: opened, events } = openRound(fund, input, 'coordinator-1', during.upcoming);
    expect(opened).toEqual({
      ...round,
      communes: [CHAPELLE, VASSIEUX],
      createdBy: 'coordinator-1',
      createdAt: during.upcoming,
    });
    const event = roundOpenedV1.schema.parse(events[0]);
    expect(event.subject).toBe(round.id);
    expect(event.data).toMatchObject({
      roundId: round.id,
      fundId: fund.id,
      communes: [CHAPELLE, VASSIEUX],
      verifiedOnly: false,
      method: 'approval',
      votingStartsAt: round.votingStartsAt.toISOString(),
    });
  });

  it('keeps the communes it is given, once each, sorted', () => {
    const communes = [VASSIEUX, 'saint-martin-en-vercors', VASSIEUX];
    const { round: opened } = openRound(fund, { ...input, communes }, 'c', during.upcoming);
    expect(opened.communes).toEqual(['saint-martin-en-vercors', VASSIEUX]);
  });

  it('refuses a round whose phases are out of order', () => {
    const muddled = { ...input, votingStartsAt: round.reviewStartsAt };
    expect(codeOf(() => openRound(fund, muddled, 'c', during.upcoming))).toBe('INVALID_ROUND');
  });
});

describe('changePhase', () => {
  it('marks the phase the clock has reached, once per round and phase', () => {
    const change = changePhase(round, during.voting);
    expect(change?.mark).toEqual({ id: `${round.id}:voting`, roundId: round.id, phase: 'voting' });
    const event = roundPhaseChangedV1.schema.parse(change?.events[0]);
    expect(event.data).toMatchObject({ roundId: round.id, phase: 'voting' });
    expect(event.data.at).toBe(during.voting.toISOString());
  });

  it('marks nothing before the round’s first phase', () => {
    expect(changePhase(round, during.upcoming)).toBeNull();
  });
});

describe('advancePhase', () => {
  const reviewed = [aProposal('a'), aProposal('b')];

  it('starts the review early, saying who did and when', () => {
    const { mark, events } = advancePhase(round, 'review', [], 'coordinator-1', during.proposals);
    expect(mark).toEqual({
      id: `${round.id}:review`,
      roundId: round.id,
      phase: 'review',
      advancedAt: during.proposals,
      advancedBy: 'coordinator-1',
    });
    expect(advancesOf([mark])).toEqual([{ phase: 'review', at: during.proposals }]);
    expect(roundPhaseChangedV1.schema.parse(events[0]).data.phase).toBe('review');
  });

  it('opens the vote early once every proposal is reviewed', () => {
    const by = coordinator.accountId;
    expect(advancePhase(round, 'voting', reviewed, by, during.review).mark.phase).toBe('voting');
    const waiting = [...reviewed, aProposal('c', { review: null })];
    expect(codeOf(() => advancePhase(round, 'voting', waiting, by, during.review))).toBe(
      'NOT_ALL_REVIEWED',
    );
  });

  it('moves a round on only from the phase just before', () => {
    const by = coordinator.accountId;
    expect(codeOf(() => advancePhase(round, 'review', [], by, during.review))).toBe('WRONG_PHASE');
    expect(codeOf(() => advancePhase(round, 'voting', reviewed, by, during.proposals))).toBe(
      'WRONG_PHASE',
    );
  });
});
