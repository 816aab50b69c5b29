import type { Model } from 'mongoose';
import type { Envelope } from '@fabrique/contracts';
import type { OutboxRelay } from './outbox-relay.js';

/**
 * The one write path of a change that emits events (DESIGN.md rule 2). `write` is the store
 * function that stores one document together with `events` in its outbox, in one document
 * write (an insert keyed by what must happen once, or a versioned update); once it has, the
 * relay is told, so that the events leave at once instead of at its next scan. Named by the
 * model itself, never by a string.
 */
export interface OutboxWriter {
  /**
   * Runs `write`, then hands `events` (or, without them, the documents to read them from: one
   * id, or several for a write of several documents) to the relay. A `write` that answers
   * `false` wrote nothing (someone else's insert won): nothing is handed over. Answers what
   * `write` answered.
   */
  save<Result>(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with an outbox
    model: Model<any>,
    id: string | string[],
    events: Envelope[] | undefined,
    write: () => Promise<Result>,
  ): Promise<Result>;
}

export function outboxWriter(relay: Pick<OutboxRelay, 'written' | 'wake'>): OutboxWriter {
  return {
    async save(model, id, events, write) {
      const result = await write();
      if (result === false) return result;
      if (Array.isArray(id) || events === undefined)
        relay.wake(model.modelName, Array.isArray(id) ? id : [id]);
      else if (events.length > 0) relay.written(model.modelName, id, events);
      return result;
    },
  };
}
