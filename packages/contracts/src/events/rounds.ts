import { z } from 'zod';
import { defineEvent } from '../define-event.js';

const timestamp = z.iso.datetime({ offset: true });

export const ROUND_PHASES = [
  'upcoming',
  'proposals',
  'review',
  'voting',
  'results',
  'closed',
] as const;

/** A participatory-budget round was set up (its phases follow its dates). */
export const roundOpenedV1 = defineEvent(
  'fabrique.funds.round.opened.v1',
  z.object({
    roundId: z.string(),
    fundId: z.string(),
    title: z.string(),
    envelopeCents: z.number().int().positive(),
    communes: z.array(z.string()),
    /** Only voters whose email address is verified take part. */
    verifiedOnly: z.boolean().default(false),
    method: z.enum(['approval', 'knapsack']),
    proposalsOpenAt: timestamp,
    reviewStartsAt: timestamp,
    votingStartsAt: timestamp,
    votingEndsAt: timestamp,
    closesAt: timestamp,
  }),
);

/** The round entered a phase (for notifications to the voters who opted in). */
export const roundPhaseChangedV1 = defineEvent(
  'fabrique.funds.round.phase-changed.v1',
  z.object({
    roundId: z.string(),
    fundId: z.string(),
    title: z.string(),
    phase: z.enum(ROUND_PHASES),
    communes: z.array(z.string()),
    at: timestamp,
  }),
);

const proposalData = z.object({
  proposalId: z.string(),
  roundId: z.string(),
  title: z.string(),
  commune: z.string(),
  kind: z.string(),
  costCents: z.number().int().positive(),
  submittedBy: z.string(),
  version: z.number().int().positive(),
});

export const proposalSubmittedV1 = defineEvent(
  'fabrique.funds.proposal.submitted.v1',
  proposalData,
);
export const proposalReviewedV1 = defineEvent(
  'fabrique.funds.proposal.reviewed.v1',
  proposalData.extend({
    feasible: z.boolean(),
    reason: z.string(),
    adjustedCostCents: z.number().int().positive().nullable(),
  }),
);

/** Someone voted (or changed their vote): never what they chose. */
export const ballotCastV1 = defineEvent(
  'fabrique.funds.ballot.cast.v1',
  z.object({ roundId: z.string(), voterCommune: z.string(), castAt: timestamp }),
);

export const roundResultsPublishedV1 = defineEvent(
  'fabrique.funds.round.results-published.v1',
  z.object({
    roundId: z.string(),
    fundId: z.string(),
    selected: z.array(z.string()),
    selectedCents: z.number().int().nonnegative(),
    voters: z.number().int().nonnegative(),
    publishedAt: timestamp,
  }),
);

/** A winning project, funded by an allocation entry: a coordinator can turn it into a workshop. */
export const projectSelectedV1 = defineEvent(
  'fabrique.funds.project.selected.v1',
  z.object({
    roundId: z.string(),
    fundId: z.string(),
    proposalId: z.string(),
    title: z.string(),
    description: z.string(),
    commune: z.string(),
    kind: z.string(),
    costCents: z.number().int().positive(),
    votes: z.number().int().nonnegative(),
    allocationEntryId: z.string(),
  }),
);
