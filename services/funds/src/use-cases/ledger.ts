import {
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
  newId,
  pledgeRecordedV1,
  type Envelope,
} from '@fabrique/contracts';
import { entryIdOf, reversalOf, toEntryData, type Entry } from '../domain/entry.js';
import { fundErrors } from '../domain/errors.js';
import { inPeriod, type Fund } from '../domain/fund.js';
import { SOURCE } from '../events/converters.js';
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

function eventFor(entry: Entry, now: Date): Envelope {
  const definition =
    entry.kind === 'pledge'
      ? pledgeRecordedV1
      : entry.kind === 'contribution'
        ? contributionRecordedV1
        : entry.kind === 'reversal'
          ? entryReversedV1
          : entryRecordedV1;
  return definition.create({ subject: entry.fundId, source: SOURCE }, toEntryData(entry), now);
}

/** Writes an entry once; the same fact recorded again returns the entry already there. */
export async function appendEntry(
  deps: FundsDeps,
  entry: Entry,
  alsoEmit: Envelope[] = [],
): Promise<{ entry: Entry; created: boolean }> {
  const events = [eventFor(entry, deps.now()), ...alsoEmit];
  if (await insertOnce(deps.models.entries, { ...entry }, events)) {
    await deps.outbox.save(deps.models.entries, entry.id, events, () => deps.book.addEntry(entry));
    return { entry, created: true };
  }
  const existing = await deps.book.entry(entry.fundId, entry.id);
  return { entry: existing ?? entry, created: false };
}

export function sourceOf(request: MoneyRequest, actor: Actor, idempotencyKey: string | undefined) {
  if (request.reference) return { type: 'receipt' as const, ref: request.reference };
  if (idempotencyKey)
    return { type: 'request' as const, ref: `${actor.accountId}:${idempotencyKey}` };
  throw fundErrors.REFERENCE_REQUIRED();
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
  if (!inPeriod(fund, occurredAt)) throw fundErrors.OUTSIDE_PERIOD();
  const source = sourceOf(request, actor, idempotencyKey);
  const { funder, category, commune } = await contributorFor(deps, actor, request.organisationId);
  const now = deps.now();
  const result = await appendEntry(deps, {
    id: entryIdOf(fund.id, kind, source.ref),
    fundId: fund.id,
    kind,
    reversedKind: null,
    amountCents: request.amountCents,
    category,
    contributor: { type: funder.type, id: funder.id },
    commune,
    lineItemId: null,
    sessionId: null,
    workshopId: null,
    occurredAt,
    recordedAt: now,
    recordedBy: actor.accountId,
    source,
    groupId: newId(),
    reverses: null,
    note: request.note ?? null,
  });
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
  if (original.kind === 'reversal') throw fundErrors.NOT_REVERSIBLE();
  const result = await appendEntry(deps, reversalOf(original, actor.accountId, reason, deps.now()));
  if (!result.created)
    throw fundErrors.ALREADY_REVERSED({
      fr: `Voir l’écriture ${result.entry.id}.`,
      en: `See entry ${result.entry.id}.`,
    });
  return result.entry;
}
