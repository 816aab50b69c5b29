import { z } from 'zod';
import { ENTRY_KINDS, entryData, funderCategorySchema } from '../events/funds.js';
import { cents, instant } from './common.js';

// The funds service's answers about a fund itself, its ledger, its expenses, the sessions it
// paid for, its contributors, its journal's accounts and the reconciliation of its summaries.

/** One budget line of a fund. */
export const lineItemResponse = z.object({
  id: z.string(),
  label: z.string(),
  budgetCents: cents,
});

/** What a volunteer's hour is worth, from a date on. */
export const volunteerRateResponse = z.object({
  from: instant.describe('The rate applies to sessions from this moment on'),
  hourlyCents: cents,
});

/** `GET /api/funds/{id}`: a fund and the rules its network agreed on. */
export const fundResponse = z.object({
  id: z.string(),
  name: z.string(),
  periodStart: instant,
  periodEnd: instant.describe('End of the period (excluded)'),
  targetCents: cents.describe('What the network means to raise over the period'),
  shares: z
    .record(funderCategorySchema, z.number().int())
    .describe('Relative weight of each category in the target: 1 / 1 / 1 gives equal thirds'),
  memberCommunes: z
    .array(z.string())
    .describe('Communes whose town halls share the municipal part of the target equally'),
  lineItems: z.array(lineItemResponse),
  behindMarginBps: z
    .number()
    .int()
    .describe('A town hall behind its equal share by more than this (basis points) is flagged'),
  archivedAt: instant
    .nullable()
    .describe('Retired by a coordinator (takes nothing new, stays readable); null while active'),
  volunteerRates: z
    .array(volunteerRateResponse)
    .describe('What volunteers’ hours are worth, each rate from its date (the SMIC by default)'),
});

/** A ledger entry (append-only: a correction is a reversing entry). */
export const entryResponse = entryData.omit({ entryId: true }).extend({
  id: z.string(),
  reversedKind: z
    .enum(ENTRY_KINDS)
    .nullable()
    .describe('For a reversal, the kind of the entry it reverses'),
  amountCents: cents.describe('A reversal carries the negated amount of what it reverses'),
  category: funderCategorySchema.nullable().describe('Who gave, for a pledge or contribution'),
  commune: z.string().nullable().describe('The contributor’s or the project’s commune'),
  lineItemId: z.string().nullable().describe('The budget line of an expense'),
  occurredAt: instant.describe('When the money moved (or was promised)'),
  recordedAt: instant,
  recordedBy: z.string().describe('The account that recorded it, or the process'),
  source: entryData.shape.source.describe(
    'The fact recorded: a request (its Idempotency-Key), a receipt number or an event; recorded once',
  ),
  groupId: z.string().describe('Entries of one transaction share it'),
  reverses: z.string().nullable().describe('For a reversal, the id of the entry it reverses'),
});

const EXPENSE_STATUSES = ['submitted', 'approved', 'rejected'] as const;

/** An expense submitted with its receipt, and its coordinator's decision. */
export const expenseResponse = z.object({
  id: z.string(),
  fundId: z.string(),
  amountCents: cents,
  lineItemId: z.string(),
  sessionId: z.string().nullable(),
  workshopId: z.string().nullable(),
  receiptRef: z.string(),
  description: z.string(),
  status: z.enum(EXPENSE_STATUSES),
  submittedBy: z.string(),
  submittedAt: instant,
  decidedBy: z.string().nullable(),
  decidedAt: instant.nullable(),
  reason: z.string().nullable().describe('The coordinator’s reason, if any'),
  entryId: z.string().nullable().describe('The ledger entry that paid an approved expense'),
});

/** One session delivered in a fund's period (public: counts only, no names). */
export const fundDeliveryResponse = z.object({
  sessionId: z.string(),
  workshopId: z.string(),
  kind: z.string().describe('The workshop’s kind'),
  commune: z.string().describe('The venue’s commune'),
  startsAt: instant,
  workshopHours: z.number().describe('The session’s length in hours (2 decimals)'),
  participantHours: z.number().describe('Hours summed over attendees (2 decimals)'),
  attendees: z.number().int(),
  byResidenceCommune: z
    .array(z.object({ commune: z.string(), attendees: z.number().int() }))
    .describe('Attendees by the commune they live in'),
});

/** Pledged against paid, for one contributor (largest outstanding first). */
export const contributorStandingResponse = z.object({
  contributor: z
    .object({ type: z.enum(['account', 'organisation', 'residents']), id: z.string() })
    .describe(
      '`residents`: one line totalling the residents’ gifts (only coordinators see each resident)',
    ),
  category: funderCategorySchema.nullable(),
  commune: z.string().nullable(),
  pledgedCents: cents,
  paidCents: cents,
  outstandingCents: cents.describe('Pledged and not yet paid (never negative)'),
});

const account = z.string().describe('An account number of the chart of accounts');

/** The accounts a fund's journal export uses. */
export const journalAccountsResponse = z.object({
  journalCode: z.string().describe('The journal’s code in the accounting software (BQ: bank)'),
  bank: account,
  categories: z
    .record(funderCategorySchema, account)
    .describe('Where money received is credited, by who gave it'),
  atTheDoor: account.describe('Where money collected at a session’s door is credited'),
  inKindUse: account.describe('Volunteers’ time: what it was used for (86)'),
  inKindSource: account.describe('Volunteers’ time: where it came from (87)'),
  expenses: account.describe('Where expenses are debited, unless their budget line has its own'),
  lineItems: z.record(z.string(), account).describe('Accounts of budget lines, by line id'),
});

/** One fund's live summary compared with the one recomputed from the database. */
export const fundReconciliationResponse = z.object({
  fundId: z.string(),
  entries: z.number().int().describe('Ledger entries of the fund in the database'),
  equal: z.boolean(),
  differences: z
    .array(z.string())
    .describe('One line per differing JSON path: `totals.contributedCents: live 100, rebuilt 90`'),
});

/** `GET /api/funds/reconciliation`. */
export const reconciliationResponse = z.object({
  checkedAt: instant,
  funds: z.array(fundReconciliationResponse),
  ok: z.boolean().describe('Every fund’s summaries are equal'),
});

export type LineItemResponse = z.infer<typeof lineItemResponse>;
export type VolunteerRateResponse = z.infer<typeof volunteerRateResponse>;
export type FundResponse = z.infer<typeof fundResponse>;
export type EntryResponse = z.infer<typeof entryResponse>;
export type ExpenseResponse = z.infer<typeof expenseResponse>;
export type FundDeliveryResponse = z.infer<typeof fundDeliveryResponse>;
export type ContributorStandingResponse = z.infer<typeof contributorStandingResponse>;
export type JournalAccountsResponse = z.infer<typeof journalAccountsResponse>;
export type FundReconciliationResponse = z.infer<typeof fundReconciliationResponse>;
export type ReconciliationResponse = z.infer<typeof reconciliationResponse>;
