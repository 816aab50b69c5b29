import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { SweepTask } from './sweeper.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { defineErrors, newId } from '@fabrique/contracts';
import { createLogger, type Logger } from './logger.js';
import { isDuplicateKeyError } from './mongo.js';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

export const idempotencyErrors = defineErrors({
  BAD_IDEMPOTENCY_KEY: {
    status: 400,
    title: {
      fr: 'Idempotency-Key compte de 8 à 100 lettres, chiffres ou _ . : -',
      en: 'Idempotency-Key must be 8 to 100 letters, digits or _ . : -',
    },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    title: {
      fr: 'Une requête avec cette Idempotency-Key est encore en cours',
      en: 'A request with this Idempotency-Key is still being processed',
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: {
      fr: 'Cette Idempotency-Key a servi à une autre requête',
      en: 'This Idempotency-Key was used for a different request',
    },
  },
});

interface IdempotencyRecord {
  /** `<caller>|<method> <path>|<key>`: the atomic insert is what lets one request through. */
  _id: string;
  requestHash: string;
  /** Running; answered for good; or answered "not now" (a retry runs again, same resource id). */
  state: 'pending' | 'done' | 'retry';
  /**
   * The id of what the request creates, chosen at its first attempt and kept by every retry
   * (see `req.createdId`): a retry after a crash finds what the first attempt wrote.
   */
  resourceId?: string;
  status?: number;
  location?: string;
  contentType?: string;
  contentLanguage?: string;
  body?: unknown;
  createdAt: Date;
}

const recordSchema = new Schema<IdempotencyRecord>(
  {
    _id: String,
    requestHash: { type: String, required: true },
    state: { type: String, required: true },
    resourceId: String,
    status: Number,
    location: String,
    contentType: String,
    contentLanguage: String,
    body: Schema.Types.Mixed,
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);
recordSchema.index({ createdAt: 1 });

export type IdempotencyModel = Model<IdempotencyRecord>;

export function idempotencyModel(connection: Connection): IdempotencyModel {
  return (
    (connection.models.IdempotencyRecord as IdempotencyModel | undefined) ??
    connection.model<IdempotencyRecord>('IdempotencyRecord', recordSchema)
  );
}

function replay(res: Response, record: IdempotencyRecord): void {
  res.set('Idempotent-Replayed', 'true');
  if (record.location) res.location(record.location);
  res.status(record.status ?? 200);
  if (record.contentType) res.type(record.contentType);
  if (record.contentLanguage) res.set('Content-Language', record.contentLanguage);
  res.send(JSON.stringify(record.body ?? null));
}

/**
 * Answers that say "not now" rather than "no": a retry with the same key must run again,
 * not replay them. Server errors, rate limits and conflicts with work still in progress.
 */
function isFinal(status: number, body: unknown): boolean {
  if (status >= 500 || status === 429) return false;
  const code = (body as { code?: unknown } | undefined)?.code;
  return !(typeof code === 'string' && code.endsWith('_IN_PROGRESS'));
}

/**
 * Keeps what the handler answers, so that a retry with the same key gets the same answer.
 * `scope` names the route (never the key or the caller) for the log line.
 */
function captureResponse(
  model: IdempotencyModel,
  id: string,
  res: Response,
  log: { scope: string; logger: Logger },
): void {
  let body: unknown;
  const send = res.send.bind(res);
  // Problems are sent as problem+json text, other answers through res.json: both end here.
  res.send = (value: unknown) => {
    if (body === undefined && typeof value === 'string') body = parseJson(value);
    return send(value);
  };
  res.once('finish', () => {
    const settle = isFinal(res.statusCode, body)
      ? model.updateOne(
          { _id: id },
          {
            $set: {
              state: 'done',
              status: res.statusCode,
              body,
              location: res.get('location'),
              contentType: res.get('content-type'),
              contentLanguage: res.get('content-language'),
            },
          },
        )
      : // Not an answer to keep, but the resource id is: a retry may find writes of this attempt.
        model.updateOne({ _id: id }, { $set: { state: 'retry' } });
    // The answer is already sent: a failed write only costs the replay (a retry runs again,
    // or meets a pending key until it is abandoned), so it is logged, not thrown.
    settle.catch((error: unknown) =>
      log.logger.warn({ err: error, scope: log.scope }, 'idempotency record not saved'),
    );
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A request still pending after this long died with its process (the gateway gives up on a
 * service after 10 s): its key is free again, for a retry that resumes it.
 */
export const ABANDONED_AFTER_MS = 15_000;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- express's own extension point
  namespace Express {
    interface Request {
      /**
       * With an Idempotency-Key: the id to give what this POST creates, the same for every
       * retry with the key, so that a retry after a crash half-way finds its own writes.
       */
      createdId?: string;
    }
  }
}

type Begun = { replay: IdempotencyRecord } | { resourceId: string };

/** Takes the key (a resource id to use) or returns the stored answer; throws 409/422 otherwise. */
async function begin(model: IdempotencyModel, id: string, requestHash: string): Promise<Begun> {
  let resourceId = newId();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const record = {
        _id: id,
        requestHash,
        state: 'pending' as const,
        resourceId,
        createdAt: new Date(),
      };
      await model.create(record);
      return { resourceId };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await model.findById(id).lean<IdempotencyRecord>();
      if (!existing) continue;
      if (existing.requestHash !== requestHash) throw idempotencyErrors.IDEMPOTENCY_KEY_REUSED();
      if (existing.state === 'done') return { replay: existing };
      const abandoned = Date.now() - existing.createdAt.getTime() >= ABANDONED_AFTER_MS;
      if (existing.state === 'pending' && !abandoned)
        throw idempotencyErrors.IDEMPOTENCY_IN_PROGRESS();
      // A "not now" answer or an abandoned attempt: its id carries over, so the retry resumes
      // what it began. Only the record seen is deleted (not a fresher one another retry just
      // wrote); then one retry's insert wins the key.
      resourceId = existing.resourceId ?? resourceId;
      await model.deleteOne({ _id: id, state: existing.state, createdAt: existing.createdAt });
    }
  }
  throw idempotencyErrors.IDEMPOTENCY_IN_PROGRESS();
}

/**
 * `Idempotency-Key` on POSTs that create something (DESIGN.md "HTTP conventions"): the first
 * request with a key runs, a retry with the same key and body gets the stored answer, a
 * concurrent one gets 409, the same key with another body 422. Scoped per caller.
 */
export function idempotency(
  model: IdempotencyModel,
  /** For an app without pino-http's `req.log` (which names the request). */
  fallbackLogger: Logger = createLogger('idempotency'),
): RequestHandler {
  return async (req, res, next) => {
    const key = req.get('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw idempotencyErrors.BAD_IDEMPOTENCY_KEY();
    const caller = req.principal?.accountId ?? `ip:${req.ip ?? ''}`;
    const scope = `${req.method} ${req.baseUrl}${req.path}`;
    const id = `${caller}|${scope}|${key}`;
    const requestHash = createHash('sha256')
      .update(JSON.stringify(req.body ?? null))
      .digest('base64url');
    const begun = await begin(model, id, requestHash);
    if ('replay' in begun) return replay(res, begun.replay);
    req.createdId = begun.resourceId;
    const logger = (req as { log?: Logger }).log ?? fallbackLogger;
    captureResponse(model, id, res, { scope, logger });
    next();
  };
}

/** A key answers its repeats for a day (a client retrying after that makes a new request). */
const KEY_LIFETIME_MS = 24 * 3_600_000;

/** No TTL indexes on FerretDB: keys older than `before` are swept explicitly. */
export async function sweepIdempotencyKeys(model: IdempotencyModel, before: Date): Promise<number> {
  return (await model.deleteMany({ createdAt: { $lt: before } })).deletedCount;
}

/** The sweeper's task that removes the keys past their day (startServiceSweeper adds it). */
export function idempotencyKeysTask(model: IdempotencyModel, now: () => Date): SweepTask {
  return {
    name: 'idempotency keys',
    everyMs: 30 * 60_000,
    run: () => sweepIdempotencyKeys(model, new Date(now().getTime() - KEY_LIFETIME_MS)),
  };
}
