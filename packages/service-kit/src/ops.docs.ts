import { z } from 'zod';
import { deadLetterSchema } from '@fabrique/bus';
import { operationKey, type AccessTable } from './access.js';
import type { RouteDoc } from './openapi.js';
import { opsLetterQuery } from './ops.routes.js';

const consumer = z.object({
  durable: z.string(),
  stream: z.string(),
  pending: z.number().int().describe('Not yet delivered to the consumer'),
  ackPending: z.number().int().describe('Delivered, not yet acknowledged'),
  redelivered: z.number().int(),
  waiting: z.number().int().describe('Pull requests waiting for messages'),
  lastActive: z.string().nullable().describe('Last delivery to the consumer (ISO 8601)'),
});

const backlog = { documents: z.number().int(), events: z.number().int() };

const status = z.looseObject({
  service: z.string(),
  consumers: z.array(consumer),
  outbox: z.object({
    ...backlog,
    byModel: z.array(z.object({ model: z.string(), ...backlog })),
  }),
  deadLetters: z.number().int().describe("This service's dead letters"),
});

// The stored letter (packages/bus) without its raw payload, plus its DLQ sequence.
const letter = deadLetterSchema.omit({ payload: true }).extend({
  seq: z.number().int().describe('Sequence in the DLQ stream: the handle to inspect and replay'),
});

const listed = letter.extend({
  event: z.object({ id: z.string().nullable(), type: z.string().nullable() }).nullable(),
});
const inspected = letter.extend({
  payload: z.unknown().describe('The message body, parsed when it is JSON'),
});

const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });

const access: RouteDoc['access'] = ['coordinator'];
const badSeq = ['VALIDATION_FAILED', 'DEAD_LETTER_NOT_FOUND'];

function letterDocs(base: string, service: string): RouteDoc[] {
  return [
    {
      method: 'get',
      path: `${base}/dead-letters`,
      summary: `Dead letters of ${service}'s consumers, oldest first`,
      access,
      query: opsLetterQuery,
      responses: ok(
        'A page',
        z.object({ items: z.array(listed), nextCursor: z.string().nullable() }),
      ),
      errors: ['VALIDATION_FAILED'],
    },
    {
      method: 'get',
      path: `${base}/dead-letters/{seq}`,
      summary: 'One dead letter with its payload',
      access,
      responses: ok('The letter', inspected),
      errors: badSeq,
    },
    {
      method: 'post',
      path: `${base}/dead-letters/{seq}/replay`,
      summary: 'Publish a dead letter again on its subject (delivered once), then remove it',
      access,
      responses: ok('Replayed', z.object({ replayed: z.literal(1), seq: z.number().int() })),
      errors: badSeq,
    },
  ];
}

/** The OpenAPI entries of `opsRoutes` for one service, for its route docs. */
export function opsRouteDocs(service: string): RouteDoc[] {
  const base = `/api/ops/${service}`;
  return [
    {
      method: 'get',
      path: `${base}/status`,
      summary: `Operations status of ${service}: consumer lag per durable, outbox backlog, dead letters`,
      access,
      responses: ok('Status', status),
    },
    ...letterDocs(base, service),
    {
      method: 'post',
      path: `${base}/dead-letters/replay`,
      summary: `Replay every dead letter ${service} has now`,
      access,
      responses: ok('How many were replayed', z.object({ replayed: z.number().int() })),
    },
  ];
}

/** The operations routes in a service's access table: coordinators only. */
export const opsAccess = (service: string): AccessTable =>
  Object.fromEntries(opsRouteDocs(service).map((route) => [operationKey(route), ['coordinator']]));
