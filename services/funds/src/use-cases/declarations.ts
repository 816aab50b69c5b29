import {
  declarationConfirmedV1,
  declarationMadeV1,
  declarationRejectedV1,
  countOf,
  formatEuros,
  localized,
  newId,
} from '@fabrique/contracts';
import { hasRole } from '@fabrique/service-kit';
import {
  DECLARATION_LIMIT_CENTS,
  PENDING_DECLARATIONS_LIMIT,
  declarationIdOf,
  type DeclaredKind,
  type Declaration,
  type DeclarationStatus,
} from '../domain/declaration.js';
import { entryIdOf, type Entry } from '../domain/entry.js';
import { fundErrors } from '../domain/errors.js';
import { inPeriod, type Fund } from '../domain/fund.js';
import { SOURCE } from '../events/converters.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import { assertVerified, contributorFor, type ResolvedContributor } from './contributors.js';
import { takeDecision, type DecisionRecord } from './decide-once.js';
import type { Actor, FundsDeps } from './deps.js';
import { appendEntry, sourceOf, type MoneyRequest } from './ledger.js';
import { flagTownHallsBehind } from './share-behind.js';

type DeclarationEvent =
  typeof declarationMadeV1 | typeof declarationConfirmedV1 | typeof declarationRejectedV1;

export function declarationEvent(definition: DeclarationEvent, d: Declaration, now: Date) {
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

const DECLARATIONS = {
  fr: ['déclaration', 'déclarations'],
  en: ['declaration', 'declarations'],
} as const;

async function assertMayDeclare(deps: FundsDeps, actor: Actor, fund: Fund, d: Declaration) {
  const limit = DECLARATION_LIMIT_CENTS[d.contributor?.type ?? 'account'];
  if (d.amountCents > limit)
    throw fundErrors.DECLARATION_TOO_LARGE(
      localized((l) =>
        l === 'fr'
          ? `Au plus ${formatEuros(limit, l)} par déclaration ; demandez au trésorier du fonds commun d’enregistrer ${formatEuros(d.amountCents, l)}.`
          : `At most ${formatEuros(limit, l)} per declaration; ask the fund's treasurer to record ${formatEuros(d.amountCents, l)}.`,
      ),
    );
  const waiting = await deps.models.declarations.countDocuments({
    fundId: fund.id,
    declaredBy: actor.accountId,
    status: 'declared',
  });
  if (waiting >= PENDING_DECLARATIONS_LIMIT)
    throw fundErrors.TOO_MANY_DECLARATIONS(
      localized((l) => {
        const declarations = countOf(waiting, DECLARATIONS, l);
        return l === 'fr'
          ? `${declarations} en attente ; le trésorier les confirme d’après le relevé bancaire.`
          : `${declarations} waiting; the treasurer confirms them against the bank statement.`;
      }),
    );
}

function newDeclaration(
  id: string,
  kind: DeclaredKind,
  fund: Fund,
  request: MoneyRequest,
  occurredAt: Date,
  { funder, category, commune }: ResolvedContributor,
  declarer: { accountId: string; at: Date },
): Declaration {
  return {
    id,
    kind,
    fundId: fund.id,
    amountCents: request.amountCents,
    category,
    contributor: { type: funder.type, id: funder.id },
    commune,
    reference: request.reference ?? null,
    occurredAt,
    note: request.note ?? null,
    declaredBy: declarer.accountId,
    declaredAt: declarer.at,
    status: 'declared',
    decidedBy: null,
    decidedAt: null,
    reason: null,
    entryId: null,
  };
}

/**
 * A resident's gift, a funder's transfer or promise, as its giver declares it: waiting for a
 * coordinator, counted nowhere yet. Sent twice (same reference or Idempotency-Key), it is
 * the same declaration.
 */
export async function declareMoney(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  kind: DeclaredKind,
  request: MoneyRequest,
  idempotencyKey: string | undefined,
): Promise<{ declaration: Declaration; created: boolean }> {
  if (fund.archivedAt) throw fundErrors.FUND_ARCHIVED();
  assertVerified(actor);
  const occurredAt = request.occurredAt ?? deps.now();
  if (!inPeriod(fund, occurredAt)) throw fundErrors.OUTSIDE_PERIOD();
  const source = sourceOf(request, actor, idempotencyKey);
  const id = declarationIdOf(fund.id, kind, actor.accountId, source.ref);
  const existing = await findRecord<Declaration>(deps.models.declarations, id);
  if (existing) return { declaration: existing, created: false };
  const contributor = await contributorFor(deps, actor, request.organisationId);
  const declarer = { accountId: actor.accountId, at: deps.now() };
  const declaration = newDeclaration(id, kind, fund, request, occurredAt, contributor, declarer);
  await assertMayDeclare(deps, actor, fund, declaration);
  const event = declarationEvent(declarationMadeV1, declaration, deps.now());
  const inserted = await deps.outbox.save(deps.models.declarations, id, [event], () =>
    insertOnce(deps.models.declarations, { ...declaration }, [event]),
  );
  if (!inserted)
    return { declaration: await declarationOrFail(deps, actor, fund, id), created: false };
  return { declaration, created: true };
}

/** The declarer and coordinators see a declaration; anyone else is told it does not exist. */
export async function declarationOrFail(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  id: string,
): Promise<Declaration> {
  const declaration = await findRecord<Declaration>(deps.models.declarations, id);
  const visible =
    declaration?.fundId === fund.id &&
    (hasRole(actor, 'coordinator') || declaration.declaredBy === actor.accountId);
  if (!declaration || !visible) throw fundErrors.DECLARATION_NOT_FOUND();
  return declaration;
}

/** Coordinators see the fund's declarations; anyone else their own. Oldest first. */
export async function listDeclarations(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  status: DeclarationStatus | undefined,
): Promise<Declaration[]> {
  const filter: Record<string, unknown> = { fundId: fund.id };
  if (status) filter.status = status;
  if (!hasRole(actor, 'coordinator')) filter.declaredBy = actor.accountId;
  const docs = await deps.models.declarations
    .find(filter, { outbox: 0 })
    .lean<(Omit<Declaration, 'id'> & { _id: string })[]>();
  return docs
    .map(({ _id, ...rest }) => ({ ...rest, id: _id }))
    .sort((a, b) => a.declaredAt.getTime() - b.declaredAt.getTime() || (a.id < b.id ? -1 : 1));
}

export interface DeclarationDecision extends DecisionRecord {
  confirm: boolean;
  reason: string | null;
  /** The day the bank shows the money arrived (the declared day when not given). */
  receivedAt: Date | null;
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

/** A receipt a coordinator already recorded by hand is not counted a second time. */
async function assertReceiptNotRecorded(deps: FundsDeps, fund: Fund, d: Declaration) {
  if (!d.reference) return;
  const recorded = await deps.book.entry(fund.id, entryIdOf(fund.id, d.kind, d.reference));
  if (recorded)
    throw fundErrors.RECEIPT_ALREADY_RECORDED({
      fr: `Voir l’écriture ${recorded.id}.`,
      en: `See entry ${recorded.id}.`,
    });
}

/**
 * A coordinator confirms a declaration against the bank statement or the deliberation (it
 * becomes an entry, dated the day the bank shows) or rejects it with a reason. Once.
 */
export async function decideDeclaration(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  id: string,
  verdict: { confirm: boolean; reason: string | null; receivedAt?: Date | undefined },
): Promise<Declaration> {
  if (!hasRole(actor, 'coordinator'))
    throw fundErrors.NOT_ALLOWED({
      fr: 'Seule la coordination confirme ou refuse les déclarations.',
      en: 'Only coordinators confirm or reject declarations.',
    });
  const declaration = await declarationOrFail(deps, actor, fund, id);
  const receivedAt = verdict.receivedAt ?? null;
  if (receivedAt && !inPeriod(fund, receivedAt)) throw fundErrors.OUTSIDE_PERIOD();
  const pending = declaration.status === 'declared';
  if (verdict.confirm && pending) await assertReceiptNotRecorded(deps, fund, declaration);
  const decision = await takeDecision<DeclarationDecision>(
    deps,
    deps.models.declarationDecisions,
    {
      id,
      by: actor.accountId,
      at: deps.now(),
      confirm: verdict.confirm,
      reason: verdict.reason,
      receivedAt,
    },
    pending,
    () => fundErrors.DECLARATION_DECIDED(),
  );
  return applyDecision(deps, fund, declaration, decision);
}

async function applyDecision(
  deps: FundsDeps,
  fund: Fund,
  declaration: Declaration,
  decision: DeclarationDecision,
): Promise<Declaration> {
  let entryId: string | null = null;
  if (decision.confirm) {
    const { entry, created } = await appendEntry(deps, declaredEntry(declaration, decision));
    entryId = entry.id;
    const paidByTownHall = entry.kind === 'contribution' && entry.category === 'municipalities';
    if (created && paidByTownHall) await flagTownHallsBehind(deps, fund);
  }
  const decided: Declaration = {
    ...declaration,
    status: decision.confirm ? 'confirmed' : 'rejected',
    decidedBy: decision.by,
    decidedAt: decision.at,
    reason: decision.reason,
    entryId,
  };
  const definition = decision.confirm ? declarationConfirmedV1 : declarationRejectedV1;
  const event = declarationEvent(definition, decided, deps.now());
  const { id: _id, ...fields } = decided;
  await deps.outbox.save(deps.models.declarations, declaration.id, [event], () =>
    deps.models.declarations.updateOne(
      { _id: declaration.id },
      { $set: fields, $push: { outbox: event } },
    ),
  );
  return decided;
}
