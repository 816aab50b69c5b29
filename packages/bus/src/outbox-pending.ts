import type { Query, Schema } from 'mongoose';

/**
 * Which documents hold unpublished events, answerable by an index on every store: FerretDB
 * pushes down equality only (`outbox.0: {$exists: true}` reads the whole collection), so each
 * write that adds events also sets `outboxPending: true`, and the relay unsets it once the
 * outbox is empty. An indexed equality finds the pending ones on MongoDB and FerretDB alike.
 */
export const PENDING_FILTER = { outboxPending: true } as const;

/** The filter of the documents written before the marker existed: a full scan, run once per start. */
export const LEGACY_PENDING_FILTER = { 'outbox.0': { $exists: true } } as const;

const hasEvents = (value: unknown) => Array.isArray(value) && value.length > 0;

/** Whether an update adds events to the outbox (`$push`, `$set`, or a replacement). */
function addsEvents(update: Record<string, unknown> | null): boolean {
  if (!update) return false;
  const pushed = (update.$push as Record<string, unknown> | undefined)?.outbox;
  if (pushed !== undefined) {
    // `$push: {outbox: event}` adds one; `$push: {outbox: {$each: events}}` adds those.
    const each = typeof pushed === 'object' && pushed !== null && '$each' in pushed;
    return !each || hasEvents(pushed.$each);
  }
  const set = update.$set as Record<string, unknown> | undefined;
  return hasEvents(set?.outbox) || hasEvents(update.outbox);
}

/**
 * Gives a schema with an `outbox` array (events waiting for the relay, DESIGN.md rule 2) the
 * indexed `outboxPending` marker, set by every write that adds events (`create`, `save`,
 * `updateOne`, `updateMany`). The marker is `select: false`, so reads never see it; so no
 * `findOneAndUpdate` on these models (FerretDB takes no projection there).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document shape
export function trackPendingOutbox<S extends Schema<any>>(schema: S): S {
  if (!schema.path('outbox')) throw new Error('trackPendingOutbox: the schema has no outbox');
  if (schema.path('outboxPending')) return schema;
  schema.add({ outboxPending: { type: Boolean, select: false } });
  schema.index({ outboxPending: 1 });
  schema.pre('save', function markPending() {
    if (hasEvents(this.get('outbox'))) this.set('outboxPending', true);
  });
  schema.pre(['updateOne', 'updateMany'], function markPending(this: Query<unknown, unknown>) {
    if (addsEvents(this.getUpdate() as Record<string, unknown> | null)) {
      this.set('outboxPending', true);
    }
  });
  return schema;
}
