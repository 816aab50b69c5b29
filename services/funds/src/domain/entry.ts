import { createHash } from 'node:crypto';
import type { EntryData } from '@fabrique/contracts';

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
