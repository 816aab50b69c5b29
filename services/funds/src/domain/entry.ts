import { createHash } from 'node:crypto';
import {
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
  newId,
  pledgeRecordedV1,
  type EntryData,
  type Envelope,
} from '@fabrique/contracts';
import { fundErrors } from './errors.js';
import { SOURCE, type Fund } from './fund.js';

export type Entry = Omit<EntryData, 'entryId' | 'occurredAt' | 'recordedAt'> & {
  id: string;
  occurredAt: Date;
  recordedAt: Date;
};

export type EntryKind = Entry['kind'];

/**
 * An entry's id is derived from the fact it records (a receipt number, a request's
 * Idempotency-Key, an event id), so recording the same fact twice meets the existing entry.
 */
export function entryIdOf(fundId: string, kind: EntryKind, sourceRef: string): string {
  const digest = createHash('sha256').update(`${fundId}|${kind}|${sourceRef}`).digest('base64url');
  return `${kind}-${digest.slice(0, 32)}`;
}

/** The kind an entry counts as in totals: a reversal counts against what it reversed. */
export function effectiveKind(entry: Pick<Entry, 'kind' | 'reversedKind'>): EntryKind {
  return entry.kind === 'reversal' && entry.reversedKind ? entry.reversedKind : entry.kind;
}

/** A new entry that nets the original to zero, linked to it and in its transaction group. */
export function reversalOf(original: Entry, by: string, reason: string, now: Date): Entry {
  return {
    ...original,
    id: `reversal-of-${original.id}`,
    kind: 'reversal',
    reversedKind: original.kind,
    amountCents: -original.amountCents,
    occurredAt: now,
    recordedAt: now,
    recordedBy: by,
    source: { type: 'request', ref: original.id },
    reverses: original.id,
    note: reason,
  };
}

export function toEntryData(entry: Entry): EntryData {
  const { id, occurredAt, recordedAt, ...rest } = entry;
  return {
    ...rest,
    entryId: id,
    occurredAt: occurredAt.toISOString(),
    recordedAt: recordedAt.toISOString(),
  };
}

export function fromEntryData(data: EntryData): Entry {
  const { entryId, occurredAt, recordedAt, ...rest } = data;
  return {
    ...rest,
    id: entryId,
    occurredAt: new Date(occurredAt),
    recordedAt: new Date(recordedAt),
  };
}

/** An entry to write, with the events that say so (its own first). */
export interface EntryChange {
  entry: Entry;
  events: Envelope[];
}

/** A new entry and its event: pledges, contributions and reversals have their own type. */
export function recordEntry(entry: Entry, now: Date): EntryChange {
  const definition =
    entry.kind === 'pledge'
      ? pledgeRecordedV1
      : entry.kind === 'contribution'
        ? contributionRecordedV1
        : entry.kind === 'reversal'
          ? entryReversedV1
          : entryRecordedV1;
  const event = definition.create(
    { subject: entry.fundId, source: SOURCE },
    toEntryData(entry),
    now,
  );
  return { entry, events: [event] };
}

/**
 * What makes recording money happen once: the receipt's reference, else the caller's
 * Idempotency-Key (per account); without either, a retry could record it twice.
 */
export function sourceOf(
  reference: string | undefined,
  accountId: string,
  idempotencyKey: string | undefined,
): Entry['source'] {
  if (reference) return { type: 'receipt', ref: reference };
  if (idempotencyKey) return { type: 'request', ref: `${accountId}:${idempotencyKey}` };
  throw fundErrors.REFERENCE_REQUIRED();
}

export interface MoneyInput {
  kind: 'pledge' | 'contribution';
  amountCents: number;
  occurredAt: Date;
  source: Entry['source'];
  category: NonNullable<Entry['category']>;
  contributor: NonNullable<Entry['contributor']>;
  commune: string | null;
  note: string | null;
}

/** A pledge (a yearly promise) or a contribution (money received) that a coordinator records. */
export function recordMoney(fund: Fund, input: MoneyInput, by: string, now: Date): EntryChange {
  const { source, ...money } = input;
  return recordEntry(
    {
      ...money,
      id: entryIdOf(fund.id, input.kind, source.ref),
      fundId: fund.id,
      reversedKind: null,
      lineItemId: null,
      sessionId: null,
      workshopId: null,
      recordedAt: now,
      recordedBy: by,
      source,
      groupId: newId(),
      reverses: null,
    },
    now,
  );
}

/** Corrections are new entries: the reversal nets the original to zero and links to it. */
export function reverseEntry(original: Entry, by: string, reason: string, now: Date): EntryChange {
  if (original.kind === 'reversal') throw fundErrors.NOT_REVERSIBLE();
  return recordEntry(reversalOf(original, by, reason, now), now);
}
