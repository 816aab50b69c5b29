import { z } from 'zod';
import { instant } from './common.js';

// The answers of the operations routes every service mounts (`/api/ops/<service>/…`,
// coordinators only): consumer lag, outbox backlog and dead letters.

/** A message a consumer gave up on, as stored in the DLQ stream. */
export const deadLetterSchema = z.object({
  consumer: z.string(),
  stream: z.string(),
  streamSequence: z.number().int(),
  originalSubject: z.string(),
  error: z.string(),
  deliveryCount: z.number().int(),
  deadLetteredAt: instant,
  /** The original message body, as received (usually the event JSON). */
  payload: z.string(),
});

const consumerLag = z.object({
  durable: z.string(),
  stream: z.string(),
  pending: z.number().int().describe('Not yet delivered to the consumer'),
  ackPending: z.number().int().describe('Delivered, not yet acknowledged'),
  redelivered: z.number().int(),
  waiting: z.number().int().describe('Pull requests waiting for messages'),
  lastActive: instant.nullable().describe('Last delivery to the consumer'),
});

const backlog = { documents: z.number().int(), events: z.number().int() };

/** `GET /api/ops/<service>/status`; a service may add its own figures. */
export const opsStatusResponse = z.looseObject({
  service: z.string(),
  consumers: z.array(consumerLag),
  outbox: z.object({
    ...backlog,
    byModel: z.array(z.object({ model: z.string(), ...backlog })),
  }),
  deadLetters: z.number().int().describe("This service's dead letters"),
});

// The stored letter without its raw payload, plus its DLQ sequence.
const letter = deadLetterSchema.omit({ payload: true }).extend({
  seq: z.number().int().describe('Sequence in the DLQ stream: the handle to inspect and replay'),
});

/** One line of `GET /api/ops/<service>/dead-letters`. */
export const opsLetterResponse = letter.extend({
  event: z.object({ id: z.string().nullable(), type: z.string().nullable() }).nullable(),
});

/** `GET /api/ops/<service>/dead-letters/{seq}`: the letter with its message. */
export const opsLetterDetailResponse = letter.extend({
  payload: z.unknown().describe('The message body, parsed when it is JSON'),
});

export type OpsStatusResponse = z.infer<typeof opsStatusResponse>;
export type OpsLetterResponse = z.infer<typeof opsLetterResponse>;
