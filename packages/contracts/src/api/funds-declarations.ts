import { z } from 'zod';
import { contributorSchema, funderCategorySchema } from '../events/funds.js';
import { calendarDay, cents, instant } from './common.js';

// Declared contributions (money a resident or a funder says they gave or promise, counted
// nowhere until a coordinator confirms it) and the bank statements matched against them.

const DECLARATION_STATUSES = ['declared', 'confirmed', 'rejected'] as const;

/** A declaration, as its giver and the coordinators read it. */
export const declarationResponse = z.object({
  id: z.string(),
  kind: z
    .enum(['contribution', 'pledge'])
    .describe('Money given (found on the bank statement) or promised'),
  fundId: z.string(),
  amountCents: cents,
  category: funderCategorySchema,
  contributor: contributorSchema
    .nullable()
    .describe('Who gave; null for money collected at a session’s door'),
  sessionId: z.string().optional().describe('The session whose door money this is'),
  commune: z.string().nullable(),
  reference: z
    .string()
    .nullable()
    .describe('The transfer or receipt reference the giver gave: what the bank statement shows'),
  occurredAt: instant,
  note: z.string().nullable(),
  declaredBy: z.string(),
  declaredAt: instant,
  status: z.enum(DECLARATION_STATUSES),
  decidedBy: z.string().nullable(),
  decidedAt: instant.nullable(),
  reason: z.string().nullable().describe('Why it was rejected, as its giver is told'),
  entryId: z.string().nullable().describe('The ledger entry a confirmed declaration became'),
});

const LINE_OUTCOMES = [
  'matched',
  'confirmed',
  'unmatched',
  'ambiguous',
  'outside-period',
  'not-confirmed',
] as const;

/** `POST /api/funds/{id}/bank-statements`: each credit line with its outcome. */
export const bankStatementMatchResponse = z.object({
  applied: z.boolean().describe('Whether the matches were confirmed (apply=true)'),
  lines: z.array(
    z.object({
      line: z.number().int().describe('The line’s number in the file'),
      receivedAt: calendarDay,
      amountCents: cents,
      reference: z.string(),
      outcome: z
        .enum(LINE_OUTCOMES)
        .describe(
          'matched (one declaration; confirmed with apply=true), unmatched, ambiguous (several), outside-period, not-confirmed (see problem)',
        ),
      declarationId: z.string().nullable(),
      problem: z
        .string()
        .nullable()
        .describe('Why a matched line was not confirmed: the problem code'),
    }),
  ),
  unreadable: z
    .array(z.object({ line: z.number().int(), problem: z.enum(['date', 'amount', 'reference']) }))
    .describe('The lines that could not be read, and which field'),
});

export type DeclarationResponse = z.infer<typeof declarationResponse>;
export type BankStatementMatchResponse = z.infer<typeof bankStatementMatchResponse>;
