import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '@fabrique/contracts';
import { gatewayErrors } from './gateway.errors.js';
import type { ServiceName } from './route.table.js';

/** The parts of a service's OpenAPI document the gateway merges; the rest is ignored. */
export const serviceDocumentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  components: z
    .looseObject({
      schemas: z.record(z.string(), z.unknown()).default({}),
      securitySchemes: z.record(z.string(), z.unknown()).default({}),
    })
    .prefault({}),
});

export type ServiceDocument = z.infer<typeof serviceDocumentSchema>;

export interface FetchedDocument {
  service: ServiceName;
  document: ServiceDocument;
}

const SCHEMA_REF = '#/components/schemas/';
const OPERATIONS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Schema names two services define differently. Identical definitions (every service ships
 * the same `Problem`) are shared, not renamed.
 */
function clashingNames(documents: readonly FetchedDocument[]): Set<string> {
  const seen = new Map<string, unknown>();
  const clashes = new Set<string>();
  for (const { document } of documents) {
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      if (seen.has(name) && !isDeepStrictEqual(seen.get(name), schema)) clashes.add(name);
      else seen.set(name, schema);
    }
  }
  return clashes;
}

/** Rewrites `$ref`s to renamed schemas, anywhere in a JSON value. */
function rewriteRefs(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const renamed =
      key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMA_REF)
        ? renames.get(inner.slice(SCHEMA_REF.length))
        : undefined;
    out[key] = renamed === undefined ? rewriteRefs(inner, renames) : SCHEMA_REF + renamed;
  }
  return out;
}

const edgeProblem = (code: keyof typeof gatewayErrors, status: number) => ({
  description: `\`${code}\`: ${gatewayErrors[code]().title.en}`,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  status,
});

/** What the gateway itself may answer for any operation, before or instead of the service. */
const EDGE_ANSWERS = Object.fromEntries(
  [
    edgeProblem('RATE_LIMITED', 429),
    edgeProblem('UPSTREAM_UNAVAILABLE', 502),
    edgeProblem('UPSTREAM_TIMEOUT', 504),
  ].map(({ status, ...response }) => [String(status), response]),
);

/**
 * Tags untagged operations with their service, so the docs page groups routes by service, and
 * adds the answers of the edge (rate limit, service down or slow) to each.
 */
function tagged(pathItem: Record<string, unknown>, service: ServiceName): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, operation] of Object.entries(pathItem)) {
    if (!OPERATIONS.has(key) || typeof operation !== 'object' || operation === null) {
      out[key] = operation;
      continue;
    }
    const { responses = {}, ...rest } = operation as { responses?: Record<string, unknown> };
    out[key] = {
      ...('tags' in rest ? {} : { tags: [service] }),
      ...rest,
      responses: { ...EDGE_ANSWERS, ...responses },
    };
  }
  return out;
}

function renamesFor(fetched: FetchedDocument, clashes: ReadonlySet<string>): Map<string, string> {
  const names = Object.keys(fetched.document.components.schemas).filter((name) =>
    clashes.has(name),
  );
  return new Map(names.map((name) => [name, `${fetched.service}.${name}`]));
}

/**
 * One OpenAPI 3.1 document for the whole API: the services' paths (already absolute, e.g.
 * `/api/accounts`) and schemas side by side. A schema name that two services define
 * differently is prefixed with the service name in each of them, `$ref`s included. Services
 * that could not be asked are listed under `x-unavailable` rather than failing the document.
 */
export function mergeDocuments(
  documents: readonly FetchedDocument[],
  unavailable: readonly ServiceName[],
  version: string,
) {
  const clashes = clashingNames(documents);
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  const securitySchemes: Record<string, unknown> = {};
  for (const fetched of documents) {
    const renames = renamesFor(fetched, clashes);
    const document = rewriteRefs(fetched.document, renames) as ServiceDocument;
    for (const [path, item] of Object.entries(document.paths)) {
      paths[path] = { ...paths[path], ...tagged(item, fetched.service) };
    }
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      schemas[renames.get(name) ?? name] = schema;
    }
    Object.assign(securitySchemes, document.components.securitySchemes);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Fabrique API', version },
    tags: documents.map(({ service }) => ({ name: service })),
    paths,
    components: { schemas, securitySchemes },
    'x-unavailable': [...unavailable],
  };
}
