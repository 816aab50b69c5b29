/** The services behind the gateway (DESIGN.md "Public API surface"). */
export const SERVICES = ['accounts', 'workshops', 'bookings', 'funds', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * First path segment after `/api` → the service that owns it. The gateway routes on this
 * segment only; everything below it is the service's business. `ops` is not in the table:
 * `/api/ops/<service>/…` goes to the service named by the second segment (ops.routes.ts).
 * A Map, so that `constructor` or `__proto__` never match.
 */
export const ROUTE_TABLE: ReadonlyMap<string, ServiceName> = new Map<string, ServiceName>([
  ['auth', 'accounts'],
  ['accounts', 'accounts'],
  ['me', 'accounts'],
  ['communes', 'accounts'],
  ['organisations', 'accounts'],
  ['venues', 'workshops'],
  ['workshops', 'workshops'],
  ['sessions', 'workshops'],
  ['calendar', 'workshops'],
  ['bookings', 'bookings'],
  ['rosters', 'bookings'],
  ['funds', 'funds'],
  ['rounds', 'funds'],
  ['notifications', 'notifications'],
]);
