import { z } from 'zod';
import type { RouteDoc } from './openapi.js';

// Operation ids and the links from a creation to the operations that take the created id, so
// that a client generator names its methods and a stateful tester (schemathesis) can chain a
// creation into the reads and changes of what it created instead of guessing ids.

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `post /api/bookings/{id}/cancel` → `postBookingsIdCancel`: stable and readable. */
export function operationIdOf(route: Pick<RouteDoc, 'method' | 'path'>): string {
  const words = route.path
    .replace(/^\/api\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return route.method + words.map(capitalised).join('');
}

const parametersOf = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');

const isUnder = (path: string, prefix: string) =>
  path === prefix || (path.startsWith(prefix) && ['/', '.'].includes(path.charAt(prefix.length)));

const hasId = (schema: unknown): boolean =>
  (schema instanceof z.ZodObject && 'id' in schema.shape) ||
  (schema instanceof z.ZodUnion && schema.options.some(hasId));

/**
 * The status whose answer is the created resource: a 2xx object with an `id`, or a union with
 * one (a single session, or a page of a series: the link holds when the answer is the one).
 */
function createdStatus(route: RouteDoc): string | undefined {
  if (route.method !== 'post') return undefined;
  // 201 first: a creation that may also answer 200 (already recorded) links from its 201.
  const statuses = Object.entries(route.responses).sort(([a], [b]) =>
    a === '201' ? -1 : b === '201' ? 1 : 0,
  );
  return statuses.find(([status, { schema }]) => Number(status) < 300 && hasId(schema))?.[0];
}

/**
 * Where the created id goes: the route's own `links`, else each documented `<path>/{param}`
 * (the collection's item, e.g. `POST /api/bookings` → `/api/bookings/{id}`).
 */
function targetsOf(route: RouteDoc, routes: RouteDoc[]): string[] {
  if (route.links) return route.links;
  const item = new RegExp(`^${route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\{[^}]+\\}`);
  return [
    ...new Set(routes.map((other) => item.exec(other.path)?.[0]).filter(Boolean)),
  ] as string[];
}

/** The OpenAPI links of a creation's answer, by status; throws on a link to nothing. */
export function linksOf(route: RouteDoc, routes: RouteDoc[]): Record<string, object> | undefined {
  const status = createdStatus(route);
  if (!status && route.links)
    throw new Error(`${route.method} ${route.path} has links but answers no created id`);
  if (!status) return undefined;
  const known = new Set(parametersOf(route.path));
  const links: Record<string, object> = {};
  for (const target of targetsOf(route, routes)) {
    const params = parametersOf(target);
    const created = params.at(-1);
    const reached = routes.filter((other) => isUnder(other.path, target));
    if (!created || reached.length === 0)
      throw new Error(`${route.method} ${route.path} links to ${target}, which is not documented`);
    // The created id, and the ids the creation's own path already names; any other is left
    // to the caller.
    const passedOn = params.filter((name) => known.has(name));
    const parameters: Record<string, string> = Object.fromEntries(
      passedOn.map((name) => [name, `$request.path.${name}`]),
    );
    parameters[created] = '$response.body#/id';
    for (const other of reached)
      links[operationIdOf(other)] = { operationId: operationIdOf(other), parameters };
  }
  return Object.keys(links).length === 0 ? undefined : { [status]: links };
}
