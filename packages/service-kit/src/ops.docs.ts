import { z } from 'zod';
import {
  opsLetterDetailResponse,
  opsLetterResponse,
  opsStatusResponse,
  pageSchema,
} from '@fabrique/contracts';
import { operationKey, type AccessTable } from './access.js';
import type { RouteDoc } from './openapi.js';
import { opsLetterQuery } from './ops.routes.js';

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
      responses: ok('A page', pageSchema(opsLetterResponse)),
      errors: ['VALIDATION_FAILED'],
    },
    {
      method: 'get',
      path: `${base}/dead-letters/{seq}`,
      summary: 'One dead letter with its payload',
      access,
      responses: ok('The letter', opsLetterDetailResponse),
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
      responses: ok('Status', opsStatusResponse),
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
