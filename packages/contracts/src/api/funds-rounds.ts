import { z } from 'zod';
import { ROUND_PHASES } from '../events/rounds.js';
import { cents, instant } from './common.js';

// Participatory-budget rounds: residents propose, coordinators review, residents vote, the
// winners are funded within the envelope.

const roundMethod = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('approval'), maxChoices: z.number().int() }),
    z.object({ type: z.literal('knapsack') }),
  ])
  .describe(
    'approval: tick up to maxChoices proposals; knapsack: any proposals whose costs fit in the envelope',
  );

/** A round and its current phase. */
export const roundResponse = z.object({
  id: z.string(),
  fundId: z.string(),
  title: z.string(),
  envelopeCents: cents.describe('The whole envelope'),
  envelopesByCommune: z
    .record(z.string(), cents)
    .nullable()
    .describe('One envelope per commune (adding up to the whole), or null'),
  communes: z.array(z.string()).describe('Eligible voters live in these communes'),
  verifiedOnly: z.boolean().describe('Only voters who proved their email address take part'),
  method: roundMethod,
  phase: z.enum(ROUND_PHASES).describe('The phase now, from the dates'),
  proposalsOpenAt: instant,
  reviewStartsAt: instant,
  votingStartsAt: instant,
  votingEndsAt: instant,
  closesAt: instant,
  createdBy: z.string(),
  createdAt: instant,
});

/** A proposal as anyone sees it in its round: not who wrote it, only whether the caller did. */
export const proposalResponse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  commune: z.string(),
  kind: z.string(),
  costCents: cents.describe('What it would take from the envelope: the reviewed cost if any'),
  estimatedCostCents: cents.describe('The proposer’s estimate'),
  submittedAt: instant,
  review: z
    .object({
      feasible: z.boolean(),
      reason: z.string().describe('Public, so that a refusal is explained'),
      costNote: z.string().nullable().describe('Why the cost was adjusted, when it was'),
      at: instant,
    })
    .nullable(),
  mine: z.boolean().describe('Whether the caller wrote it'),
});

/** `GET /api/rounds/{id}`: a round and its proposals (never ballots). */
export const roundDetailResponse = roundResponse.extend({
  proposals: z.array(proposalResponse),
});

/** A proposal as its author sends or edits it, and as a coordinator reviews it. */
export const proposalRecordResponse = z.object({
  id: z.string(),
  roundId: z.string(),
  title: z.string(),
  description: z.string(),
  commune: z.string(),
  costCents: cents.describe('The proposer’s estimate'),
  adjustedCostCents: cents
    .nullable()
    .describe('Set by a coordinator during the review, when the estimate was off'),
  kind: z.string(),
  submittedBy: z.string(),
  submittedAt: instant,
  review: z
    .object({
      feasible: z.boolean(),
      reason: z.string(),
      by: z.string().describe('The coordinator who reviewed it'),
      at: instant,
      costNote: z.string().nullable(),
    })
    .nullable(),
  version: z.number().int().describe('1 when submitted, one more at each edit or review'),
});

/** The caller's own ballot. */
export const ballotResponse = z.object({
  roundId: z.string(),
  choices: z.array(z.string()).describe('The ids of the proposals chosen'),
  castAt: instant,
});

/** A feasible proposal's votes and rank. */
export const proposalResultResponse = z.object({
  proposalId: z.string(),
  title: z.string(),
  commune: z.string(),
  costCents: cents.describe('The cost the selection used (the reviewed one if any)'),
  votes: z.number().int(),
  selected: z.boolean(),
  rank: z.number().int().describe('1 for the first in ranking order'),
});

/** What a winning project produced: its linked workshops' sessions, and the money spent. */
export const projectProducedResponse = z.object({
  proposalId: z.string(),
  title: z.string(),
  allocationCents: cents,
  workshopIds: z.array(z.string()).describe('The workshops a coordinator linked to it'),
  sessions: z.number().int(),
  participantHours: z.number().describe('2 decimals'),
  attendees: z.number().int(),
  spentCents: cents,
});

/** `GET /api/rounds/{id}/results`. */
export const roundResultsResponse = z.object({
  roundId: z.string(),
  method: z.enum(['approval', 'knapsack']),
  envelopeCents: cents,
  selectedCents: cents,
  proposals: z.array(proposalResultResponse).describe('Every feasible proposal, in ranking order'),
  selected: z.array(z.string()).describe('Ids of the selected proposals, in ranking order'),
  turnout: z.object({
    voters: z.number().int().describe('Every ballot cast, empty ones included'),
    abstentions: z.number().int().describe('Empty ballots'),
    byCommune: z.array(
      z.object({
        commune: z.string().describe('Where the voters live'),
        voters: z.number().int(),
        eligibleCommune: z.boolean().describe('One of the round’s communes'),
      }),
    ),
  }),
  produced: z.array(projectProducedResponse).describe('One line per selected project'),
});

export type RoundResponse = z.infer<typeof roundResponse>;
export type ProposalResponse = z.infer<typeof proposalResponse>;
export type RoundDetailResponse = z.infer<typeof roundDetailResponse>;
export type ProposalRecordResponse = z.infer<typeof proposalRecordResponse>;
export type BallotResponse = z.infer<typeof ballotResponse>;
export type ProposalResultResponse = z.infer<typeof proposalResultResponse>;
export type ProjectProducedResponse = z.infer<typeof projectProducedResponse>;
export type RoundResultsResponse = z.infer<typeof roundResultsResponse>;
