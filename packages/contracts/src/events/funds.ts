import { z } from 'zod';
import { defineEvent } from '../define-event.js';

const timestamp = z.iso.datetime({ offset: true });

export const FUNDER_CATEGORIES = ['municipalities', 'businesses', 'residents'] as const;
export const ENTRY_KINDS = [
  'pledge',
  'contribution',
  'allocation',
  'expense',
  'refund',
  'reversal',
] as const;

export const funderCategorySchema = z.enum(FUNDER_CATEGORIES);

/** Who a pledge or contribution comes from: a person, or an organisation they act for. */
export const contributorSchema = z.object({
  type: z.enum(['account', 'organisation']),
  id: z.string(),
});

/**
 * A ledger entry exactly as stored: entries are never changed, so the event is the fact.
 * Amounts in integer cents; a reversal carries the negated amount of what it reverses.
 */
export const entryData = z.object({
  entryId: z.string(),
  fundId: z.string(),
  kind: z.enum(ENTRY_KINDS),
  /** For a reversal, the kind of the entry it reverses. */
  reversedKind: z.enum(ENTRY_KINDS).nullable(),
  amountCents: z.number().int(),
  category: funderCategorySchema.nullable(),
  contributor: contributorSchema.nullable(),
  commune: z.string().nullable(),
  lineItemId: z.string().nullable(),
  sessionId: z.string().nullable(),
  workshopId: z.string().nullable(),
  occurredAt: timestamp,
  recordedAt: timestamp,
  recordedBy: z.string(),
  source: z.object({ type: z.enum(['request', 'receipt', 'event']), ref: z.string() }),
  groupId: z.string(),
  reverses: z.string().nullable(),
  note: z.string().nullable(),
});

export type EntryData = z.infer<typeof entryData>;

export const fundCreatedV1 = defineEvent(
  'fabrique.funds.fund.created.v1',
  z.object({
    fundId: z.string(),
    name: z.string(),
    periodStart: timestamp,
    periodEnd: timestamp,
    targetCents: z.number().int().nonnegative(),
    shares: z.record(funderCategorySchema, z.number().int().nonnegative()),
    memberCommunes: z.array(z.string()),
    lineItems: z.array(
      z.object({ id: z.string(), label: z.string(), budgetCents: z.number().int().nonnegative() }),
    ),
    behindMarginBps: z.number().int().nonnegative(),
    createdBy: z.string(),
    createdAt: timestamp,
  }),
);
/** A fund retired by a coordinator: no new money, expenses or rounds; its history stays. */
export const fundArchivedV1 = defineEvent(
  'fabrique.funds.fund.archived.v1',
  z.object({ fundId: z.string(), archivedBy: z.string(), archivedAt: timestamp }),
);
/** The hourly values of volunteers' time a fund uses, each from its date (the whole list). */
export const fundVolunteerRatesSetV1 = defineEvent(
  'fabrique.funds.fund.volunteer-rates-set.v1',
  z.object({
    fundId: z.string(),
    rates: z.array(z.object({ from: timestamp, hourlyCents: z.number().int().positive() })),
    setBy: z.string(),
    setAt: timestamp,
  }),
);
export const pledgeRecordedV1 = defineEvent('fabrique.funds.pledge.recorded.v1', entryData);
export const contributionRecordedV1 = defineEvent(
  'fabrique.funds.contribution.recorded.v1',
  entryData,
);
/** An expense entry (paid), an allocation or a refund: every other entry that is not a reversal. */
export const entryRecordedV1 = defineEvent('fabrique.funds.entry.recorded.v1', entryData);
export const entryReversedV1 = defineEvent('fabrique.funds.entry.reversed.v1', entryData);

const expenseData = z.object({
  expenseId: z.string(),
  fundId: z.string(),
  amountCents: z.number().int().positive(),
  lineItemId: z.string(),
  sessionId: z.string().nullable(),
  workshopId: z.string().nullable(),
  receiptRef: z.string(),
  submittedBy: z.string(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
});

export const expenseSubmittedV1 = defineEvent('fabrique.funds.expense.submitted.v1', expenseData);
export const expenseApprovedV1 = defineEvent('fabrique.funds.expense.approved.v1', expenseData);
export const expenseRejectedV1 = defineEvent('fabrique.funds.expense.rejected.v1', expenseData);

/**
 * Money a resident or a funder says they gave (a contribution) or promise (a pledge), until a
 * coordinator checks it: only a confirmed declaration becomes an entry in the ledger.
 */
const declarationData = z.object({
  declarationId: z.string(),
  kind: z.enum(['contribution', 'pledge']),
  fundId: z.string(),
  amountCents: z.number().int().positive(),
  category: funderCategorySchema,
  /** Null for money collected at a session's door (its users, together). */
  contributor: contributorSchema.nullable(),
  /** The session whose door money this is. */
  sessionId: z.string().nullable().optional(),
  reference: z.string().nullable(),
  occurredAt: timestamp,
  declaredBy: z.string(),
  status: z.enum(['declared', 'confirmed', 'rejected']),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  /** The ledger entry a confirmed declaration became. */
  entryId: z.string().nullable(),
});

export const declarationMadeV1 = defineEvent('fabrique.funds.declaration.made.v1', declarationData);
export const declarationConfirmedV1 = defineEvent(
  'fabrique.funds.declaration.confirmed.v1',
  declarationData,
);
export const declarationRejectedV1 = defineEvent(
  'fabrique.funds.declaration.rejected.v1',
  declarationData,
);

/** A member municipality's payments fell behind its equal share by more than the fund's margin. */
export const shareBehindV1 = defineEvent(
  'fabrique.funds.share.behind.v1',
  z.object({
    fundId: z.string(),
    commune: z.string(),
    organisationIds: z.array(z.string()),
    paidCents: z.number().int(),
    expectedCents: z.number().int(),
    behindByCents: z.number().int().positive(),
    marginBps: z.number().int().nonnegative(),
    asOf: timestamp,
  }),
);
