import express, { type Router } from 'express';
import type { Model } from 'mongoose';
import { z } from 'zod';
import {
  observeBacklog,
  consumerLag,
  deadLetterCount,
  deadLetterOf,
  deadLettersOf,
  outboxBacklog,
  replayDeadLetterOf,
  replayDeadLettersOf,
  type Bus,
  type StoredDeadLetter,
} from '@fabrique/bus';
import { requireRole } from './auth.js';
import { commonErrors, defineErrors } from './errors.js';
import { cursorFor, numberInCursor } from './pagination.js';
import { parseInput, parseParams } from './validation.js';

/** Problem codes of the operations routes (stable: clients match on them). */
export const opsErrors = defineErrors({
  DEAD_LETTER_NOT_FOUND: {
    status: 404,
    title: {
      fr: 'Ce service n’a pas de lettre morte à ce numéro',
      en: 'This service has no dead letter at that sequence',
    },
  },
});

export const opsLetterParams = z.strictObject({ seq: z.coerce.number().int().positive() });
export const opsLetterQuery = z.strictObject({
  /** Opaque: the stream sequence the next page starts at (pagination.ts's cursors). */
  cursor: z.string().min(1).max(20).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface OpsRoutesOptions {
  /** The service's name, the second path segment: `/api/ops/<service>/…`. */
  service: string;
  bus: Bus;
  /** The service's durable consumers: their lag, and the dead letters that are its own. */
  durables: readonly string[];
  /** The models whose documents carry an outbox (each service's store lists them). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with an outbox array
  outboxModels: readonly Model<any>[];
  /** More for the status, e.g. funds' reconciliation report. */
  extraStatus?: () => Promise<Record<string, unknown>>;
}

/** The stored payload as JSON when it is (events are), else the text as it came. */
function parsedPayload(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch (error) {
    // Not JSON: a poison message is shown exactly as it was received.
    if (error instanceof SyntaxError) return payload;
    throw error;
  }
}

/** A letter in a list: what failed and why, and which event, without the whole payload. */
function summary({ payload, ...letter }: StoredDeadLetter) {
  const event = parsedPayload(payload) as { id?: unknown; type?: unknown } | null;
  const id = typeof event?.id === 'string' ? event.id : null;
  const type = typeof event?.type === 'string' ? event.type : null;
  return { ...letter, event: id !== null || type !== null ? { id, type } : null };
}

async function status(options: OpsRoutesOptions) {
  const [consumers, outbox, deadLetters, extra] = await Promise.all([
    consumerLag(options.bus, options.durables),
    outboxBacklog(options.outboxModels),
    deadLetterCount(options.bus, options.durables),
    options.extraStatus?.() ?? Promise.resolve({}),
  ]);
  return { service: options.service, consumers, outbox, deadLetters, ...extra };
}

/**
 * The operations surface of one service under `/api/ops/<service>`, coordinators only: its
 * consumers' lag, its outbox backlog, and its dead letters (list, inspect, replay). The
 * letters of other services in the shared DLQ stream are neither shown nor replayed here.
 */
export function opsRoutes(options: OpsRoutesOptions): Router {
  const { bus, durables } = options;
  const base = `/api/ops/${options.service}`;
  // The same figures as OTLP gauges, for dashboards and alerts.
  observeBacklog(options.service, options);
  const router = express.Router();
  router.use(base, requireRole('coordinator'), (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get(`${base}/status`, async (_req, res) => {
    res.json(await status(options));
  });

  router.get(`${base}/dead-letters`, async (req, res) => {
    const { cursor, limit } = parseInput(opsLetterQuery, req.query, 'query');
    const from = cursor === undefined ? 1 : numberInCursor(cursor);
    if (!from) throw commonErrors.BAD_CURSOR();
    const page = await deadLettersOf(bus, durables, from, limit);
    const nextCursor = page.nextFrom === null ? null : cursorFor(page.nextFrom);
    res.json({ items: page.items.map(summary), nextCursor });
  });

  router.post(`${base}/dead-letters/replay`, async (_req, res) => {
    res.json(await replayDeadLettersOf(bus, durables));
  });

  router.get(`${base}/dead-letters/:seq`, async (req, res) => {
    const { seq } = parseParams(opsLetterParams, req.params);
    const letter = await deadLetterOf(bus, durables, seq);
    if (!letter) throw opsErrors.DEAD_LETTER_NOT_FOUND();
    res.json({ ...letter, payload: parsedPayload(letter.payload) });
  });

  router.post(`${base}/dead-letters/:seq/replay`, async (req, res) => {
    const { seq } = parseParams(opsLetterParams, req.params);
    if (!(await replayDeadLetterOf(bus, durables, seq))) throw opsErrors.DEAD_LETTER_NOT_FOUND();
    res.json({ replayed: 1, seq });
  });

  return router;
}
