import { z } from 'zod';
import { schemaMessage } from '@fabrique/contracts';
import { dateInput } from '@fabrique/service-kit';

/** Dates in funds' requests (service-kit's dateInput: ISO strings only). */
const date = dateInput;
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const cents = z.number().int().min(1).max(100_000_000_00);

export const roundBody = z.strictObject({
  fundId: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(120),
  envelopeCents: cents,
  /** Optional: one envelope per commune (they add up to the envelope). */
  envelopesByCommune: z.record(slug, z.number().int().min(0)).nullable().default(null),
  /** Voters' communes; the fund's member communes by default. */
  communes: z.array(slug).min(1).max(100).optional(),
  /** Only voters who proved their email address (off by default). */
  verifiedOnly: z.boolean().default(false),
  method: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('approval'), maxChoices: z.number().int().min(1).max(50) }),
    z.strictObject({ type: z.literal('knapsack') }),
  ]),
  proposalsOpenAt: date,
  reviewStartsAt: date,
  votingStartsAt: date,
  votingEndsAt: date,
  closesAt: date,
});

export const proposalBody = z.strictObject({
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(1).max(4_000),
  commune: slug,
  costCents: cents,
  kind: z.string().trim().min(1).max(40),
});

export const proposalPatch = proposalBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: schemaMessage({ fr: 'Modifiez au moins un champ', en: 'Change at least one field' }),
});

export const reviewBody = z.strictObject({
  feasible: z.boolean(),
  reason: z.string().trim().min(1).max(1_000),
  adjustedCostCents: cents.optional(),
  costNote: z.string().trim().min(1).max(500).optional(),
});

export const ballotBody = z.strictObject({
  choices: z.array(z.string().min(1).max(100)).max(200),
});

/** A coordinator starts the next phase before its date. */
export const advanceBody = z.strictObject({ to: z.enum(['review', 'voting']) });
