import { createHash } from 'node:crypto';
import {
  countOf,
  declarationConfirmedV1,
  declarationMadeV1,
  declarationRejectedV1,
  formatEuros,
  localized,
  newId,
  type Envelope,
} from '@fabrique/contracts';
import { assertVerified, isCoordinator, type Actor } from './actor.js';
import { entryIdOf, recordEntry, type Entry, type EntryChange } from './entry.js';
import { fundErrors } from './errors.js';
import { assertInPeriod, assertOpen, SOURCE, type Fund, type FunderCategory } from './fund.js';

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

export interface DeclarationChange {
  declaration: Declaration;
  events: Envelope[];
}

type DeclarationEvent =
  typeof declarationMadeV1 | typeof declarationConfirmedV1 | typeof declarationRejectedV1;

function declarationEvent(definition: DeclarationEvent, d: Declaration, now: Date): Envelope {
  return definition.create(
    { subject: d.id, source: SOURCE },
    {
      declarationId: d.id,
      kind: d.kind,
      fundId: d.fundId,
      amountCents: d.amountCents,
      category: d.category,
      contributor: d.contributor,
      sessionId: d.sessionId ?? null,
      reference: d.reference,
      occurredAt: d.occurredAt.toISOString(),
      declaredBy: d.declaredBy,
      status: d.status,
      decidedBy: d.decidedBy,
      reason: d.reason,
      entryId: d.entryId,
    },
    now,
  );
}

/** A declaration just made (waiting for a coordinator), with its event. */
export function declared(
  made: Omit<Declaration, 'status' | 'decidedBy' | 'decidedAt' | 'reason' | 'entryId'>,
  now: Date,
): DeclarationChange {
  const declaration: Declaration = {
    ...made,
    status: 'declared',
    decidedBy: null,
    decidedAt: null,
    reason: null,
    entryId: null,
  };
  return { declaration, events: [declarationEvent(declarationMadeV1, declaration, now)] };
}

/** Money is declared in an open fund, dated within its period, by someone with a proved address. */
export function assertMayDeclare(actor: Actor, fund: Fund, occurredAt: Date): void {
  assertOpen(fund);
  assertVerified(actor);
  assertInPeriod(fund, occurredAt);
}

export type DeclarationInput = Pick<
  Declaration,
  | 'id'
  | 'kind'
  | 'amountCents'
  | 'category'
  | 'contributor'
  | 'commune'
  | 'reference'
  | 'occurredAt'
  | 'note'
  | 'declaredBy'
>;

const DECLARATIONS = {
  fr: ['déclaration', 'déclarations'],
  en: ['declaration', 'declarations'],
} as const;

/** One declaration holds at most its contributor kind's limit: checked before anything is counted. */
export function assertWithinDeclarationLimit(
  input: Pick<DeclarationInput, 'amountCents' | 'contributor'>,
): void {
  const limit = DECLARATION_LIMIT_CENTS[input.contributor?.type ?? 'account'];
  if (input.amountCents > limit)
    throw fundErrors.DECLARATION_TOO_LARGE(
      localized((l) =>
        l === 'fr'
          ? `Au plus ${formatEuros(limit, l)} par déclaration ; demandez au trésorier du fonds commun d’enregistrer ${formatEuros(input.amountCents, l)}.`
          : `At most ${formatEuros(limit, l)} per declaration; ask the fund's treasurer to record ${formatEuros(input.amountCents, l)}.`,
      ),
    );
}

/** A declaration of at most its limit, from someone with fewer than the limit waiting (`waiting`). */
export function declareMoney(
  fund: Fund,
  input: DeclarationInput,
  waiting: number,
  now: Date,
): DeclarationChange {
  assertWithinDeclarationLimit(input);
  if (waiting >= PENDING_DECLARATIONS_LIMIT)
    throw fundErrors.TOO_MANY_DECLARATIONS(
      localized((l) => {
        const declarations = countOf(waiting, DECLARATIONS, l);
        return l === 'fr'
          ? `${declarations} en attente ; le trésorier les confirme d’après le relevé bancaire.`
          : `${declarations} waiting; the treasurer confirms them against the bank statement.`;
      }),
    );
  return declared({ ...input, fundId: fund.id, declaredAt: now }, now);
}

/** Who confirmed or rejected a declaration, when, and why. */
export interface DeclarationDecision {
  /** The declaration's. */
  id: string;
  by: string;
  at: Date;
  confirm: boolean;
  reason: string | null;
  /** The day the bank shows the money arrived (the declared day when not given). */
  receivedAt: Date | null;
}

export function assertMayDecideDeclarations(actor: Actor): void {
  if (!isCoordinator(actor))
    throw fundErrors.NOT_ALLOWED({
      fr: 'Seule la coordination confirme ou refuse les déclarations.',
      en: 'Only coordinators confirm or reject declarations.',
    });
}

/** A confirmed declaration as a ledger entry of its kind; its id derives from the declaration. */
function declaredEntry(d: Declaration, decision: DeclarationDecision): Entry {
  return {
    id: entryIdOf(d.fundId, d.kind, `declaration:${d.id}`),
    fundId: d.fundId,
    kind: d.kind,
    reversedKind: null,
    amountCents: d.amountCents,
    category: d.category,
    contributor: d.contributor,
    commune: d.commune,
    lineItemId: null,
    sessionId: d.sessionId ?? null,
    workshopId: null,
    occurredAt: decision.receivedAt ?? d.occurredAt,
    recordedAt: decision.at,
    recordedBy: decision.by,
    source: d.reference
      ? { type: 'receipt', ref: d.reference }
      : { type: 'request', ref: `declaration:${d.id}` },
    groupId: newId(),
    reverses: null,
    note: d.note,
  };
}

/**
 * The decided declaration and its event; a confirmed one also becomes an entry of its kind,
 * dated the day the bank shows (`counted`, to write first: its id derives from the declaration).
 */
export function decideDeclaration(
  declaration: Declaration,
  decision: DeclarationDecision,
  now: Date,
): DeclarationChange & { counted: EntryChange | null } {
  const counted = decision.confirm ? recordEntry(declaredEntry(declaration, decision), now) : null;
  const decided: Declaration = {
    ...declaration,
    status: decision.confirm ? 'confirmed' : 'rejected',
    decidedBy: decision.by,
    decidedAt: decision.at,
    reason: decision.reason,
    entryId: counted?.entry.id ?? null,
  };
  const definition = decision.confirm ? declarationConfirmedV1 : declarationRejectedV1;
  return { declaration: decided, events: [declarationEvent(definition, decided, now)], counted };
}
