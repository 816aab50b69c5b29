import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { envelopeSchema, type Envelope } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import { LEGACY_PENDING_FILTER, PENDING_FILTER } from './outbox-pending.js';
import { publishEvent } from './publish.js';

/** A document whose pending events wait in its `outbox` array (DESIGN.md rule 2). */
export interface OutboxDocument {
  _id: unknown;
  outbox?: Envelope[];
}

const RETRY_DELAY_MS = 1_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with an outbox array
type AnyModel = Model<any>;

export interface OutboxRelayOptions {
  bus: Bus;
  models: AnyModel[];
  logger: Logger;
  /**
   * Safety-net scan of every collection (after a crash between a write and its publish): the
   * indexed `outboxPending` marker (see outbox-pending.ts) makes it cheap. The write path names
   * the documents it wrote, so events leave at once without waiting for it.
   */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Called after a document's events were published and before they are pulled (tests inject crashes here). */
  afterPublish?: (documentId: unknown) => void | Promise<void>;
}

export interface OutboxRelay {
  start(): void;
  /**
   * Asks the relay to publish now: the events of these documents (read by `_id`, cheap), or,
   * without arguments, of every collection (a scan).
   */
  wake(modelName?: string, ids?: string[]): void;
  /**
   * Asks the relay to publish events the caller has just written into a document's outbox:
   * they are published as given, without reading the document back (on FerretDB even a read
   * by `_id` costs a pass over the table), then pulled from it.
   */
  written(modelName: string, id: string, events: Envelope[]): void;
  /** Publishes everything pending once; returns how many events were published. */
  drainOnce(): Promise<number>;
  /** Finishes the current pass, publishes what is still pending, and stops. */
  stop(): Promise<void>;
}

/**
 * Publishes events from outbox arrays and then `$pull`s them. A crash between publish and
 * pull republishes the same event ids: JetStream drops them inside the duplicate window
 * and consumers are idempotent beyond it, so nothing is lost and nothing is applied twice.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  return new Relay(options);
}

class Relay implements OutboxRelay {
  private stopping = false;
  private pending = false;
  private scanDue = true;
  /** The first scan after start also finds documents written before the marker existed. */
  private legacyScanDone = false;
  /** Per model, documents to publish: their events when the writer gave them, else undefined (read them). */
  private readonly hinted = new Map<string, Map<string, Envelope[] | undefined>>();
  private wakeUp: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private readonly log: Logger;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.log = options.logger.child({ component: 'outbox-relay' });
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.batchSize = options.batchSize ?? 100;
  }

  start(): void {
    this.running ??= this.loop();
  }

  wake(modelName?: string, ids?: string[]): void {
    if (modelName === undefined || ids === undefined) this.scanDue = true;
    else {
      const known = this.hintsOf(modelName);
      for (const id of ids) known.set(id, undefined);
    }
    this.pending = true;
    this.wakeUp?.();
  }

  written(modelName: string, id: string, events: Envelope[]): void {
    const known = this.hintsOf(modelName);
    const given = known.get(id);
    // An id already hinted without events is read whole anyway.
    if (!known.has(id) || given) known.set(id, [...(given ?? []), ...events]);
    this.pending = true;
    this.wakeUp?.();
  }

  private hintsOf(modelName: string): Map<string, Envelope[] | undefined> {
    const known = this.hinted.get(modelName) ?? new Map<string, Envelope[] | undefined>();
    this.hinted.set(modelName, known);
    return known;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    if (!this.running) return;
    await this.running;
    // A last pass, so that a graceful shutdown leaves nothing waiting for the next start.
    await this.drainOnce().catch((error: unknown) =>
      this.log.warn({ err: error }, 'final outbox pass failed'),
    );
  }

  async drainOnce(): Promise<number> {
    const filter = this.legacyScanDone ? PENDING_FILTER : LEGACY_PENDING_FILTER;
    let total = 0;
    for (const model of this.options.models) total += await this.drainModel(model, filter);
    this.legacyScanDone = true;
    return total;
  }

  /** Publishes the hinted documents' events; a full scan when one is due. */
  private async pass(): Promise<number> {
    if (this.scanDue) {
      this.scanDue = false;
      this.hinted.clear();
      return this.drainOnce();
    }
    let total = 0;
    for (const [modelName, ids] of this.hinted) {
      this.hinted.delete(modelName);
      const model = this.options.models.find((m) => m.modelName === modelName);
      if (!model) continue;
      for (const [id, events] of ids) {
        const doc = events
          ? { _id: id, outbox: events }
          : await model.findById(id, { outbox: 1 }).lean<OutboxDocument>();
        if (doc?.outbox?.length) total += await this.publishDocument(model, doc);
      }
    }
    return total;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.pending = false;
      const failed = await this.pass().then(
        (count) => {
          if (count > 0) this.log.debug({ count }, 'events published');
          return false;
        },
        (error: unknown) => {
          // Whatever was hinted is still in its outbox: the scan of the retry finds it.
          this.scanDue = true;
          this.log.warn({ err: error }, 'outbox relay pass failed; will retry');
          return true;
        },
      );
      if (this.stopping || this.pending) continue;
      if (failed) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      else if ((await this.sleep()) === 'timeout') this.scanDue = true;
    }
  }

  private sleep(): Promise<'timeout' | 'woken'> {
    return new Promise<'timeout' | 'woken'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), this.pollIntervalMs);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve('woken');
      };
    }).finally(() => {
      this.wakeUp = undefined;
    });
  }

  private async drainModel(model: AnyModel, filter: object): Promise<number> {
    let published = 0;
    for (;;) {
      const docs: OutboxDocument[] = await model
        .find(filter, { outbox: 1 })
        .sort({ _id: 1 })
        .limit(this.batchSize)
        .lean<OutboxDocument[]>();
      for (const doc of docs) published += await this.publishDocument(model, doc);
      if (docs.length < this.batchSize) return published;
    }
  }

  private async publishDocument(model: AnyModel, doc: OutboxDocument): Promise<number> {
    const stored = doc.outbox ?? [];
    for (const event of stored) await publishEvent(this.options.bus, envelopeSchema.parse(event));
    await this.options.afterPublish?.(doc._id);
    if (stored.length === 0) {
      // The marker of an outbox emptied by an earlier pass.
      await model.updateOne(
        { _id: doc._id, outbox: { $size: 0 } },
        { $unset: { outboxPending: 1 } },
      );
      return 0;
    }
    if (await this.emptyIfUnchanged(model, doc._id, stored)) return stored.length;
    // Events were appended meanwhile, or the outbox held more than was handed over: $pullAll
    // removes exactly the elements published (FerretDB's $pull takes no conditions); the rest
    // and the marker stay for the next pass.
    await model.updateOne({ _id: doc._id }, { $pullAll: { outbox: stored } });
    return stored.length;
  }

  /**
   * The usual case in one write: the outbox still holds exactly the events published, so it is
   * emptied and the marker dropped. Events are only ever appended (with unique ids) and removed
   * once published, so the same length, first and last id mean the same events.
   */
  private async emptyIfUnchanged(
    model: AnyModel,
    id: unknown,
    published: Envelope[],
  ): Promise<boolean> {
    const last = published.length - 1;
    const result = await model.updateOne(
      {
        _id: id,
        outbox: { $size: published.length },
        'outbox.0.id': published[0]?.id,
        [`outbox.${last}.id`]: published[last]?.id,
      },
      { $set: { outbox: [] }, $unset: { outboxPending: 1 } },
    );
    return result.matchedCount === 1;
  }
}
