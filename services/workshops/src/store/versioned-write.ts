import type { Model } from 'mongoose';
import type { Envelope } from '@fabrique/contracts';

/**
 * A state change and its events in one document write (DESIGN.md rule 2), only if the
 * document still has the version that was read. MongoDB makes the check and the write one
 * step; FerretDB 1.x does not, so two concurrent edits of one document may both pass. That is
 * acceptable for host edits; invariants (overlaps, capacity) rest on unique keys instead.
 */
export async function writeIfVersion(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with version and outbox
  model: Model<any>,
  id: string,
  readVersion: number,
  fields: Record<string, unknown>,
  events: Envelope[],
): Promise<boolean> {
  const update =
    events.length > 0 ? { $set: fields, $push: { outbox: { $each: events } } } : { $set: fields };
  const result = await model.updateOne({ _id: id, version: readVersion }, update);
  return result.matchedCount === 1;
}

/** Drops mongo's `_id` and `outbox`, giving the domain object its `id` back. */
export function fromDocument<T extends { _id: string; outbox?: unknown }>(
  doc: T,
): Omit<T, '_id' | 'outbox'> & { id: string } {
  const { _id, outbox: _pending, ...rest } = doc;
  return { ...rest, id: _id };
}

export function toDocument<T extends { id: string }>(value: T, events: Envelope[] = []) {
  const { id, ...rest } = value;
  return { _id: id, ...rest, outbox: events };
}
