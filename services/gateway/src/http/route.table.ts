/** The services behind the gateway (DESIGN.md "Public API surface"). */
export const SERVICES = ['accounts', 'workshops', 'bookings', 'funds', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * First path segment after `/api` → the service that owns it. The gateway routes on this
 * segment only; everything below it is the service's business. `ops` is deliberately absent
 * until an operations surface exists. A Map, so that `constructor` or `__proto__` never match.
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
