import { fundErrors } from '../domain/errors.js';
import * as rules from '../domain/entry.js';
import type { Entry, EntryChange } from '../domain/entry.js';
import { assertInPeriod, type Fund } from '../domain/fund.js';
import { insertOnce } from '../store/records.store.js';
import { contributorFor } from './contributors.js';
import type { Actor, FundsDeps } from './deps.js';
import { openFundOrFail } from './funds.js';
import { flagTownHallsBehind } from './share-behind.js';

export interface MoneyRequest {
  amountCents: number;
  organisationId?: string | undefined;
  reference?: string | undefined;
  occurredAt?: Date | undefined;
  note?: string | undefined;
}

/** Writes an entry once; the same fact recorded again returns the entry already there. */
export async function appendEntry(
  deps: FundsDeps,
  { entry, events }: EntryChange,
): Promise<{ entry: Entry; created: boolean }> {
  const inserted = await deps.outbox.save(deps.models.entries, entry.id, events, () =>
    insertOnce(deps.models.entries, { ...entry }, events),
  );
  if (inserted) {
    await deps.book.addEntry(entry);
    return { entry, created: true };
  }
  const existing = await deps.book.entry(entry.fundId, entry.id);
  return { entry: existing ?? entry, created: false };
}

export function sourceOf(request: MoneyRequest, actor: Actor, idempotencyKey: string | undefined) {
  return rules.sourceOf(request.reference, actor.accountId, idempotencyKey);
}

/** A pledge (a yearly promise) or a contribution (money received), from who the caller acts for. */
export async function recordMoney(
  deps: FundsDeps,
  actor: Actor,
  fundId: string,
  kind: 'pledge' | 'contribution',
  request: MoneyRequest,
  idempotencyKey: string | undefined,
) {
  const fund = openFundOrFail(deps, fundId);
  const occurredAt = request.occurredAt ?? deps.now();
  assertInPeriod(fund, occurredAt);
  const source = sourceOf(request, actor, idempotencyKey);
  const { funder, category, commune } = await contributorFor(deps, actor, request.organisationId);
  const money: rules.MoneyInput = {
    kind,
    amountCents: request.amountCents,
    occurredAt,
    source,
    category,
    contributor: { type: funder.type, id: funder.id },
    commune,
    note: request.note ?? null,
  };
  const result = await appendEntry(
    deps,
    rules.recordMoney(fund, money, actor.accountId, deps.now()),
  );
  if (result.created && kind === 'contribution' && category === 'municipalities')
    await flagTownHallsBehind(deps, fund);
  return result;
}

/** Corrections are new entries: the reversal nets the original to zero and links to it. */
export async function reverseEntry(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  entryId: string,
  reason: string,
) {
  const original = await deps.book.entry(fund.id, entryId);
  if (!original) throw fundErrors.ENTRY_NOT_FOUND();
  const change = rules.reverseEntry(original, actor.accountId, reason, deps.now());
  const result = await appendEntry(deps, change);
  if (!result.created)
    throw fundErrors.ALREADY_REVERSED({
      fr: `Voir l’écriture ${result.entry.id}.`,
      en: `See entry ${result.entry.id}.`,
    });
  return result.entry;
}
