import { hasRole } from '@fabrique/service-kit';
import * as rules from '../domain/declaration.js';
import type {
  DeclaredKind,
  Declaration,
  DeclarationDecision,
  DeclarationStatus,
} from '../domain/declaration.js';
import { entryIdOf } from '../domain/entry.js';
import { fundErrors } from '../domain/errors.js';
import { assertInPeriod, type Fund } from '../domain/fund.js';
import { findRecord, insertOnce, updateRecord, type Stored } from '../store/records.store.js';
import { contributorFor } from './contributors.js';
import { takeDecision } from './decide-once.js';
import type { Actor, FundsDeps } from './deps.js';
import { appendEntry, sourceOf, type MoneyRequest } from './ledger.js';
import { flagTownHallsBehind } from './share-behind.js';

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
  const occurredAt = request.occurredAt ?? deps.now();
  rules.assertMayDeclare(actor, fund, occurredAt);
  const source = sourceOf(request, actor, idempotencyKey);
  const id = rules.declarationIdOf(fund.id, kind, actor.accountId, source.ref);
  const existing = await findRecord<Declaration>(deps.models.declarations, id);
  if (existing) return { declaration: existing, created: false };
  const { funder, category, commune } = await contributorFor(deps, actor, request.organisationId);
  const contributor = { type: funder.type, id: funder.id };
  rules.assertWithinDeclarationLimit({ amountCents: request.amountCents, contributor });
  const waiting = await waitingDeclarations(deps, fund, actor);
  const input: rules.DeclarationInput = {
    id,
    kind,
    amountCents: request.amountCents,
    category,
    contributor,
    commune,
    reference: request.reference ?? null,
    occurredAt,
    note: request.note ?? null,
    declaredBy: actor.accountId,
  };
  const { declaration, events } = rules.declareMoney(fund, input, waiting, deps.now());
  const inserted = await deps.outbox.save(deps.models.declarations, id, events, () =>
    insertOnce(deps.models.declarations, { ...declaration }, events),
  );
  if (!inserted)
    return { declaration: await declarationOrFail(deps, actor, fund, id), created: false };
  return { declaration, created: true };
}

/** How many of this person's declarations still wait for a coordinator in this fund. */
function waitingDeclarations(deps: FundsDeps, fund: Fund, actor: Actor): Promise<number> {
  const filter = { fundId: fund.id, declaredBy: actor.accountId, status: 'declared' };
  return deps.models.declarations.countDocuments(filter);
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
    .lean<Stored<Declaration>[]>();
  return docs
    .map(({ _id, ...rest }) => ({ ...rest, id: _id }))
    .sort((a, b) => a.declaredAt.getTime() - b.declaredAt.getTime() || (a.id < b.id ? -1 : 1));
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
  rules.assertMayDecideDeclarations(actor);
  const declaration = await declarationOrFail(deps, actor, fund, id);
  const receivedAt = verdict.receivedAt ?? null;
  if (receivedAt) assertInPeriod(fund, receivedAt);
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
  const change = rules.decideDeclaration(declaration, decision, deps.now());
  if (change.counted) {
    const { entry, created } = await appendEntry(deps, change.counted);
    const paidByTownHall = entry.kind === 'contribution' && entry.category === 'municipalities';
    if (created && paidByTownHall) await flagTownHallsBehind(deps, fund);
  }
  const { id: _id, ...fields } = change.declaration;
  await deps.outbox.save(deps.models.declarations, id, change.events, () =>
    updateRecord(deps.models.declarations, id, fields, change.events),
  );
  return change.declaration;
}
