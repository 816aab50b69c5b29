import { z } from 'zod';
import { ENTRY_KINDS, schemaMessage } from '@fabrique/contracts';
import { dateInput, pathParams } from '@fabrique/service-kit';
import { DECLARATION_STATUSES } from '../domain/declaration.js';

const id = z.string().trim().min(1).max(100);
const cents = z.number().int().min(1).max(100_000_000_00);
/** Dates in funds' requests (service-kit's dateInput: ISO strings only). */
const date = dateInput;
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** Words the routes use below /api/funds, which a fund id may not take. */
const RESERVED_IDS = new Set(['reconciliation', 'volunteering']);

export const fundBody = z.strictObject({
  id: slug
    .refine((id) => !RESERVED_IDS.has(id), {
      message: schemaMessage({ fr: 'Cet identifiant est réservé', en: 'This id is reserved' }),
    })
    .optional(),
  name: z.string().trim().min(1).max(120),
  periodStart: date,
  periodEnd: date,
  targetCents: z.number().int().min(0).max(100_000_000_00),
  /** Relative weights of the categories: 1 / 1 / 1 (equal thirds) by default. */
  shares: z
    .strictObject({
      municipalities: z.number().int().min(0).max(100),
      businesses: z.number().int().min(0).max(100),
      residents: z.number().int().min(0).max(100),
    })
    .optional(),
  memberCommunes: z.array(slug).max(100).default([]),
  lineItems: z
    .array(
      z.strictObject({
        id: slug,
        label: z.string().trim().min(1).max(120),
        budgetCents: z.number().int().min(0).max(100_000_000_00),
      }),
    )
    .max(100)
    .default([])
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
      message: schemaMessage({
        fr: 'Les identifiants des lignes budgétaires doivent être différents',
        en: 'Budget line ids must differ',
      }),
    }),
  /** 10 % by default. */
  behindMarginBps: z.number().int().min(0).max(10_000).default(1_000),
});

export const moneyBody = z.strictObject({
  amountCents: cents,
  organisationId: id.optional(),
  /** External receipt or transfer number: the same one is recorded once. */
  reference: z.string().trim().min(1).max(100).optional(),
  occurredAt: date.optional(),
  note: z.string().trim().max(500).optional(),
});

export const reverseBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const expenseBody = z.strictObject({
  amountCents: cents,
  lineItemId: slug,
  sessionId: id.optional(),
  workshopId: id.optional(),
  receiptRef: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(500),
});

export const decisionBody = z.strictObject({
  reason: z.string().trim().min(1).max(500).optional(),
  /** Why it is approved beyond its budget line or the money available (required then). */
  override: z.string().trim().min(3).max(300).optional(),
});
export const rejectionBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const ledgerQuery = z.strictObject({
  kind: z.enum(ENTRY_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const statementQuery = z.strictObject({
  organisationId: id.optional(),
  from: date.optional(),
  to: date.optional(),
});

export const declarationQuery = z.strictObject({
  status: z.enum(DECLARATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const confirmationBody = z.strictObject({
  /** The day the bank statement shows the money arrived; the declared day when absent. */
  receivedAt: date.optional(),
});

export const statementMatchQuery = z.strictObject({
  /** Without it the statement is only matched and shown; with `true` the matches are confirmed. */
  apply: z.enum(['true', 'false']).default('false'),
});

const account = z.string().regex(/^\d{3,10}$/, 'An account number: 3 to 10 digits');

/** The accounts a fund's journal export uses (the whole table, replaced at once). */
export const journalAccountsBody = z.strictObject({
  journalCode: z.string().regex(/^[A-Z0-9]{1,6}$/, 'A journal code: up to 6 capitals or digits'),
  bank: account,
  categories: z.strictObject({
    municipalities: account,
    businesses: account,
    residents: account,
  }),
  atTheDoor: account.optional(),
  inKindUse: account.optional(),
  inKindSource: account.optional(),
  expenses: account,
  lineItems: z.record(slug, account).default({}),
});

/** What a volunteer's hour is worth (in cents), each from its date: the whole list at once. */
export const volunteerRatesBody = z.strictObject({
  rates: z
    .array(z.strictObject({ from: date, hourlyCents: z.number().int().min(100).max(100_000) }))
    .min(1)
    .max(50)
    .refine((rates) => new Set(rates.map((r) => r.from.getTime())).size === rates.length, {
      message: schemaMessage({ fr: 'Un seul taux par date', en: 'One rate per date' }),
    }),
});

export const volunteeringQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

/** Route parameters: ids are opaque, bounded loosely (an unknown one meets its 404). */
export const idParams = pathParams('id');
export const declarationParams = pathParams('id', 'declarationId');
export const expenseParams = pathParams('id', 'expenseId');
export const entryParams = pathParams('id', 'entryId');
export const proposalParams = pathParams('id', 'proposalId');
