import { z } from 'zod';
import { problemSchema } from '@fabrique/contracts';
import { accessOf, assertNoStrayLines, type AccessTable } from './access.js';
import { linksOf, operationIdOf } from './openapi-links.js';
import { keepRoutes } from './response-check.js';
import type { Role } from './auth.js';
import {
  headerParameters,
  problemResponses,
  successHeaders,
  takesIfMatch,
} from './openapi-http.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route of a service's public contract, described with the zod schemas it validates with. */
export interface RouteDoc {
  method: Method;
  /** OpenAPI path template, e.g. `/api/accounts/{id}`. */
  path: string;
  summary: string;
  /** Who may call it: anyone, any signed-in person, or only some roles. */
  access: 'public' | 'authenticated' | Role[];
  /** The path parameters' schema (`pathParams(…)`); without it, each is a plain string. */
  params?: z.ZodObject;
  body?: z.ZodType;
  query?: z.ZodObject;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  /** Problem codes this route may answer, for client authors. */
  errors?: string[];
  /**
   * For a creation: the path templates whose last parameter takes the created `id` (OpenAPI
   * links). Without it, each documented `<path>/{param}` under the creation's own path.
   */
  links?: string[];
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function pathParameters(path: string, params: z.ZodObject | undefined) {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => {
    const schema = params?.shape[name] as z.ZodType | undefined;
    return {
      name,
      in: 'path',
      required: true,
      schema: schema ? jsonSchema(schema, 'input') : { type: 'string' },
    };
  });
}

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
}

function successResponses(route: RouteDoc, versioned: boolean, routes: RouteDoc[]) {
  const links = linksOf(route, routes);
  return Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => {
      const headers = Number(status) < 300 ? successHeaders(route, versioned) : undefined;
      return [
        status,
        {
          description: response.description,
          ...(headers && { headers }),
          ...(links?.[status] && { links: links[status] }),
          ...(response.schema && {
            content: {
              [response.contentType ?? 'application/json']: {
                schema: jsonSchema(response.schema, 'output'),
              },
            },
          }),
        },
      ];
    }),
  );
}

/** `versioned`: the resource at this path carries an ETag (a PATCH of it takes If-Match). */
function operation(route: RouteDoc, versioned: boolean, routes: RouteDoc[], access?: AccessTable) {
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    ...(route.errors && { description: `Problem codes: ${route.errors.join(', ')}.` }),
    ...(route.access !== 'public' && { security: [{ bearer: [] }] }),
    ...(Array.isArray(route.access) && { 'x-roles': route.access }),
    ...(access && { 'x-access': accessOf(route, access) }),
    parameters: [
      ...pathParameters(route.path, route.params),
      ...queryParameters(route.query),
      ...headerParameters(route),
    ],
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      },
    }),
    responses: {
      ...successResponses(route, versioned, routes),
      ...problemResponses(route),
    },
  };
}

/**
 * One list shape: a route that answers a list (`items`) takes `limit` and `cursor` and says
 * where the next page starts (`nextCursor`). Checked as the document is made, so a service
 * whose list does not page fails at start-up and in every test of it.
 */
function assertListShape(route: RouteDoc): void {
  const schema = route.responses[200]?.schema;
  if (route.method !== 'get' || !(schema instanceof z.ZodObject) || !('items' in schema.shape))
    return;
  const query = route.query?.shape ?? {};
  const missing = ['limit', 'cursor'].filter((name) => !(name in query));
  if (!('nextCursor' in schema.shape)) missing.push('nextCursor in its answer');
  if (missing.length > 0)
    throw new Error(`GET ${route.path} answers a list without ${missing.join(', ')}`);
}

/**
 * Every JSON success answer is described: a free-form object (`z.record(z.string(),
 * z.unknown())`) or an unknown value says nothing a client can be generated from, nor that
 * the response check can hold the service to.
 */
function assertTypedAnswers(route: RouteDoc): void {
  for (const [status, { schema, contentType }] of Object.entries(route.responses)) {
    if (!schema || Number(status) >= 300 || (contentType && !contentType.includes('json')))
      continue;
    const described = jsonSchema(schema, 'output');
    const shapeless = !['type', 'anyOf', 'oneOf', 'allOf', '$ref', 'const', 'enum'].some(
      (key) => key in described,
    );
    if (shapeless || (described.type === 'object' && !('properties' in described)))
      throw new Error(`${route.method} ${route.path} answers ${status} without a typed schema`);
  }
}

/**
 * The not-found codes a route answers for the ids in its path: `lookups` maps a path prefix
 * (`/api/funds/{id}`) to the code of its missing resource (`FUND_NOT_FOUND`), and every route
 * under it (`/api/funds/{id}/ledger`, `…/journal.csv`) may answer it.
 */
function withLookups(route: RouteDoc, lookups: Record<string, string>): RouteDoc {
  const under = (prefix: string) =>
    route.path === prefix ||
    (route.path.startsWith(prefix) && ['/', '.'].includes(route.path.charAt(prefix.length)));
  const codes = Object.entries(lookups)
    .filter(([prefix]) => under(prefix))
    .map(([, code]) => code);
  return codes.length === 0 ? route : { ...route, errors: [...(route.errors ?? []), ...codes] };
}

function assertDistinctOperationIds(routes: RouteDoc[]): void {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const id = operationIdOf(route);
    const other = seen.get(id);
    if (other) throw new Error(`${route.method} ${route.path} and ${other} share ${id}`);
    seen.set(id, `${route.method} ${route.path}`);
  }
}

/** The service's OpenAPI 3.1 document, generated from the same zod schemas that validate. */
export function openApiDocument(
  info: { title: string; version: string },
  routes: RouteDoc[],
  options: { lookups?: Record<string, string>; access?: AccessTable } = {},
) {
  if (options.access) assertNoStrayLines(routes, options.access);
  const paths: Record<string, Record<string, unknown>> = {};
  const versionedPaths = new Set(routes.filter(takesIfMatch).map((route) => route.path));
  assertDistinctOperationIds(routes);
  for (const documented of routes) {
    const route = withLookups(documented, options.lookups ?? {});
    assertListShape(route);
    assertTypedAnswers(route);
    const versioned = versionedPaths.has(route.path) && route.method !== 'delete';
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: operation(route, versioned, routes, options.access),
    };
  }
  return keepRoutes(
    {
      openapi: '3.1.0',
      info,
      paths,
      components: {
        schemas: { Problem: jsonSchema(problemSchema, 'output') },
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    routes,
  );
}
