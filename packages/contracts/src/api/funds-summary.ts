import { z } from 'zod';
import { ENTRY_KINDS, funderCategorySchema } from '../events/funds.js';
import { cents, instant } from './common.js';
import { volunteerRateResponse } from './funds-ledger.js';

// The funds service's figures: a fund's public summary, a funder's statement ("what did my
// money pay for") and a volunteer's yearly record. Hours have 2 decimals; shares and progress
// are ratios with 4 decimals (0.25 for a quarter).

const hours = z.number().describe('Hours, 2 decimals');
const ratio = z.number().describe('A ratio, 4 decimals (0.25: a quarter)');
const count = z.number().int();

/** What sessions delivered: how many, their hours, and who came. */
export const deliveredTotalsResponse = z.object({
  sessions: count,
  workshopHours: hours,
  participantHours: hours.describe('Hours summed over attendees, 2 decimals'),
  attendees: count,
});

const deliveredRow = deliveredTotalsResponse.extend({
  key: z.string().describe('The workshop kind or the venue’s commune'),
});

const totals = z.object({
  pledgedCents: cents,
  contributedCents: cents,
  allocatedCents: cents.describe('Promised to the projects of participatory-budget rounds'),
  spentCents: cents,
  refundedCents: cents,
  balanceCents: cents.describe('Contributed, less spent and refunded'),
  availableCents: cents.describe('The balance, less what is allocated'),
});

const categoryRow = z.object({
  category: funderCategorySchema,
  share: z.number().int().describe('The category’s weight in the target'),
  targetCents: cents,
  pledgedCents: cents,
  contributedCents: cents,
  progress: ratio.describe('Contributed over target, 4 decimals'),
});

/** A member town hall against its equal share of the municipal part. */
export const communeShareResponse = z.object({
  commune: z.string(),
  targetCents: cents,
  pledgedCents: cents,
  paidCents: cents,
  outstandingCents: cents.describe('Pledged and not yet paid'),
  expectedCents: cents.describe('Its equal part of what all town halls paid so far'),
  behindByCents: cents,
  behind: z.boolean().describe('Behind its expected part by more than the fund’s margin'),
});

/** Spending against participant-hours, for one workshop kind or venue commune. */
export const costRowResponse = z.object({
  key: z.string().describe('The workshop kind or the venue’s commune'),
  spentCents: cents,
  participantHours: hours,
  centsPerParticipantHour: cents.nullable().describe('Null without participant-hours'),
});

/** One month of a fund's period. */
export const monthFiguresResponse = z.object({
  // Not a pattern: a year before 1000 is written without its leading zeros (`1-03`).
  month: z.string().describe('`YYYY-MM`, in Paris'),
  contributedCents: z
    .record(funderCategorySchema, cents)
    .describe('Money confirmed that month, by category'),
  sessions: count,
  workshopHours: hours,
  participantHours: hours,
  volunteerHours: hours.describe('Hours hosts and helpers gave (contributions in kind)'),
});

const inKindTotals = {
  volunteerHours: hours,
  volunteers: count.describe('People who gave time'),
  valuedCents: cents.describe('Volunteers’ hours valued at the fund’s rates: never in the balance'),
};

/** `GET /api/funds/{id}/summary`: the public picture of a fund. */
export const fundSummaryResponse = z.object({
  fundId: z.string(),
  name: z.string(),
  periodStart: instant,
  periodEnd: instant.describe('End of the period (excluded)'),
  targetCents: cents,
  entries: count.describe('Ledger entries'),
  totals,
  byCategory: z.array(categoryRow),
  equalShare: z.object({
    municipalTargetCents: cents,
    marginBps: z.number().int(),
    communes: z.array(communeShareResponse),
  }),
  delivered: deliveredTotalsResponse.extend({
    byKind: z.array(deliveredRow),
    byVenueCommune: z.array(deliveredRow),
    byResidenceCommune: z.array(z.object({ commune: z.string(), attendees: count })),
  }),
  costPerParticipantHour: z.object({
    overallCents: cents.nullable().describe('Null without participant-hours'),
    byVenueCommune: z.array(costRowResponse),
    byKind: z.array(costRowResponse),
  }),
  balanceByCommune: z
    .array(
      z.object({
        commune: z.string(),
        contributedCents: cents,
        contributedShare: ratio,
        attendees: count,
        attendeeShare: ratio,
      }),
    )
    .describe('Where money comes from against where the people who came live'),
  budget: z.array(
    z.object({
      lineItemId: z.string(),
      label: z.string(),
      budgetCents: cents,
      spentCents: cents,
      remainingCents: cents,
    }),
  ),
  months: z.array(monthFiguresResponse).describe('The whole period, month by month'),
  inKind: z
    .object({ ...inKindTotals, rates: z.array(volunteerRateResponse) })
    .describe('Contributions in kind, beside the money'),
});

/** One session a volunteer gave time to, valued at the rate of its day. */
const givenSession = z.object({
  sessionId: z.string(),
  startsAt: instant,
  kind: z.string(),
  minutes: count,
  valuedCents: cents,
});

/** `GET /api/funds/{id}/statements/me`: what a funder's money paid for, pro rata. */
export const funderStatementResponse = z.object({
  fundId: z.string(),
  fundName: z.string(),
  funder: z.object({
    type: z.enum(['account', 'organisation']),
    id: z.string(),
    name: z.string(),
  }),
  period: z.object({ from: instant, to: instant.describe('Excluded') }),
  contributions: z.array(
    z.object({
      entryId: z.string(),
      kind: z.enum(ENTRY_KINDS).describe('A contribution, or the reversal of one'),
      amountCents: cents,
      occurredAt: instant,
      reference: z.string().describe('The entry’s source: receipt number or request key'),
    }),
  ),
  contributedCents: cents,
  pledgedCents: cents,
  outstandingPledgeCents: cents,
  allContributionsCents: cents.describe('Everyone’s contributions in the period'),
  share: ratio.describe('The funder’s part of all contributions in the period'),
  delivered: deliveredTotalsResponse.describe('The sessions held in the period'),
  attributed: z
    .object({ workshopHours: hours, participantHours: hours, attendees: z.number() })
    .describe('The funder’s share of what was delivered (attendees to 1 decimal)'),
  inKind: z.object({
    ...inKindTotals,
    given: z
      .object({
        volunteerHours: hours,
        valuedCents: cents,
        sessions: z.array(givenSession),
      })
      .describe('The time the funder gave themselves (empty for an organisation)'),
  }),
  method: z.string().describe('How the attribution is computed, in words'),
});

/** `GET /api/funds/volunteering/me`: the hours a volunteer gave in a year. */
export const volunteeringResponse = z.object({
  year: count,
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      startsAt: instant,
      kind: z.string(),
      commune: z.string(),
      minutes: count,
    }),
  ),
  hours,
});

export type DeliveredTotalsResponse = z.infer<typeof deliveredTotalsResponse>;
export type CommuneShareResponse = z.infer<typeof communeShareResponse>;
export type CostRowResponse = z.infer<typeof costRowResponse>;
export type MonthFiguresResponse = z.infer<typeof monthFiguresResponse>;
export type FundSummaryResponse = z.infer<typeof fundSummaryResponse>;
export type FunderStatementResponse = z.infer<typeof funderStatementResponse>;
export type VolunteeringResponse = z.infer<typeof volunteeringResponse>;
