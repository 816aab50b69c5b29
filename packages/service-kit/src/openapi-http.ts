import { errorSpecOf, PROBLEM_CONTENT_TYPE } from '@fabrique/contracts';
// The common codes this file lists (STORE_UNAVAILABLE…) are declared by importing them.
import './errors.js';
import { IDEMPOTENCY_KEY_PATTERN, idempotencyErrors } from './idempotency.js';
import type { RouteDoc } from './openapi.js';

// What service-kit's middleware adds to every route of a kind: the document lists those codes
// and headers too, so that a client knows every answer a route can give.

const IDEMPOTENCY_CODES = Object.keys(idempotencyErrors);
const PROBLEM = {
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } },
};

/** A route that edits a version: PATCH with If-Match (428 without, 412 when stale). */
export const takesIfMatch = (route: RouteDoc) =>
  route.errors?.includes('PRECONDITION_REQUIRED') ?? false;

function implicitCodes(route: RouteDoc): string[] {
  const codes = ['STORE_UNAVAILABLE', 'BROKER_UNAVAILABLE'];
  if (route.access !== 'public') codes.push('UNAUTHENTICATED', 'AUTH_UNAVAILABLE');
  if (Array.isArray(route.access)) codes.push('FORBIDDEN');
  if (route.body)
    codes.push(
      'VALIDATION_FAILED',
      'MALFORMED_JSON',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
    );
  if (route.query || route.path.includes('{')) codes.push('VALIDATION_FAILED');
  if (route.query && 'cursor' in route.query.shape) codes.push('BAD_CURSOR');
  if (route.method === 'post') codes.push(...IDEMPOTENCY_CODES);
  return codes;
}

/**
 * Every problem a route may answer, by status (`409: ALREADY_BOOKED, …`). A code that no
 * `defineErrors` of the service declares is a mistake in the route's documentation.
 */
export function problemResponses(route: RouteDoc): Record<string, object> {
  const byStatus = new Map<number, string[]>();
  for (const code of new Set([...(route.errors ?? []), ...implicitCodes(route)])) {
    const spec = errorSpecOf(code);
    if (!spec)
      throw new Error(`${route.method} ${route.path} lists ${code}, which is not declared`);
    byStatus.set(spec.status, [
      ...(byStatus.get(spec.status) ?? []),
      `\`${code}\`: ${spec.title.en}`,
    ]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, lines]) => [
      String(status),
      { description: lines.join('; '), content: PROBLEM },
    ]),
  );
}

/** Header parameters: Idempotency-Key on every POST, If-Match where a version is edited. */
export function headerParameters(route: RouteDoc): object[] {
  const headers: object[] = [];
  if (route.method === 'post')
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Retry with the same key to get the first answer again (replayed) instead of a second effect; 24 h, per caller.',
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
    });
  if (takesIfMatch(route))
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag of the version the change is made from.',
      schema: { type: 'string' },
    });
  return headers;
}

/** Response headers of a success: the replay marker after a POST, the version where kept. */
export function successHeaders(route: RouteDoc, versioned: boolean): object | undefined {
  const headers: Record<string, object> = {};
  if (route.method === 'post')
    headers['Idempotent-Replayed'] = {
      description: 'Present (`true`) when this is the stored answer of an earlier request.',
      schema: { type: 'string', enum: ['true'] },
    };
  if (versioned)
    headers.ETag = {
      description: 'The version of the resource, to send back as If-Match.',
      schema: { type: 'string' },
    };
  return Object.keys(headers).length > 0 ? headers : undefined;
}
