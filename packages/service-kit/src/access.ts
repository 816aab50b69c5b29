import type { RouteDoc } from './openapi.js';

/**
 * The kinds of caller an operation is allowed to, relative to the object it acts on:
 * - `anonymous`: no token at all;
 * - `resident`: any signed-in account (every account is a resident);
 * - `owner`: the account the object is about (its booking, its proposal, itself);
 * - `host`: a host of the workshop or session the object belongs to;
 * - `funder`: a member of the organisation concerned (a funder of the fund);
 * - `coordinator`: a coordinator of the network.
 * `tests/api/access.int.test.ts` calls every operation as each of them against real objects.
 */
export const CALLERS = ['anonymous', 'resident', 'owner', 'host', 'funder', 'coordinator'] as const;
export type Caller = (typeof CALLERS)[number];

/** Every kind of caller: a public operation. */
export const ANYONE: readonly Caller[] = CALLERS;
/** Every signed-in account, whatever its relation to the object. */
export const SIGNED_IN: readonly Caller[] = CALLERS.filter((caller) => caller !== 'anonymous');

/** Who may call each operation of a service, keyed `GET /api/bookings/{id}`. */
export type AccessTable = Record<string, readonly Caller[]>;

export const operationKey = (route: Pick<RouteDoc, 'method' | 'path'>) =>
  `${route.method.toUpperCase()} ${route.path}`;

/**
 * The table's line for a route. A route missing from the table, or a table line with no
 * route, fails the document at start-up (so every test of the service); so does a line that
 * disagrees with the route's own check (`access: 'public'` and `anonymous` go together).
 */
export function accessOf(route: RouteDoc, table: AccessTable): readonly Caller[] {
  const callers = table[operationKey(route)];
  if (!callers) throw new Error(`${operationKey(route)} is missing from the access table`);
  if ((route.access === 'public') !== callers.includes('anonymous'))
    throw new Error(`${operationKey(route)}: the access table and the route disagree on anonymous`);
  return callers;
}

export function assertNoStrayLines(routes: RouteDoc[], table: AccessTable): void {
  const documented = new Set(routes.map(operationKey));
  const stray = Object.keys(table).filter((key) => !documented.has(key));
  if (stray.length > 0)
    throw new Error(`The access table lists unknown operations: ${stray.join(', ')}`);
}
