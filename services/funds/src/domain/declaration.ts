import { createHash } from 'node:crypto';
import type { FunderCategory } from './fund.js';

/**
 * Money a resident or a funder says they gave, or promise. It counts nowhere until a
 * coordinator confirms it — a contribution found on the fund's bank statement, a pledge
 * against the council's deliberation or the letter — (it then becomes a `contribution` or
 * `pledge` entry), or rejects it with a reason.
 */
export interface Declaration {
  id: string;
  /** Money given (found on the bank statement) or promised (checked against the deliberation). */
  kind: DeclaredKind;
  fundId: string;
  amountCents: number;
  category: FunderCategory;
  /** Who gave; null for a session's door money (its users, together). */
  contributor: { type: 'account' | 'organisation'; id: string } | null;
  /** The session whose door money this is (its venue's commune is `commune`). */
  sessionId?: string | null;
  commune: string | null;
  /** The transfer or receipt reference the declarer gave: what a bank statement shows. */
  reference: string | null;
  occurredAt: Date;
  note: string | null;
  declaredBy: string;
  declaredAt: Date;
  status: DeclarationStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  entryId: string | null;
}

export type DeclaredKind = 'contribution' | 'pledge';

export const DECLARATION_STATUSES = ['declared', 'confirmed', 'rejected'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/**
 * The most one declaration may say: a resident's gift, or an organisation's transfer. Larger
 * sums are real but rare; the treasurer records them (coordinators' recordings have no such
 * limit), and a typo of three zeros does not sit in the queue looking like a fortune.
 */
export const DECLARATION_LIMIT_CENTS: Record<'account' | 'organisation', number> = {
  account: 5_000_00,
  organisation: 500_000_00,
};

/** How many declarations one person may have waiting in one fund. */
export const PENDING_DECLARATIONS_LIMIT = 20;

/**
 * A declaration's id derives from who declared it and its reference (or the request's
 * Idempotency-Key): the same declaration sent twice meets the first, and two people who use
 * the same reference never meet each other's.
 */
export function declarationIdOf(
  fundId: string,
  kind: DeclaredKind,
  declaredBy: string,
  sourceRef: string,
): string {
  const digest = createHash('sha256')
    .update(`${fundId}|${kind}|${declaredBy}|${sourceRef}`)
    .digest('base64url');
  return `declaration-${digest.slice(0, 32)}`;
}

/** References compared whatever their case and spacing (a bank's label, a declared one). */
export const squashReference = (s: string): string =>
  s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
