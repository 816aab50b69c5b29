/**
 * Routes anyone may call without an access token (DESIGN.md "Public API surface"). Anything
 * not listed needs one. Patterns are anchored and case-sensitive: a near miss only makes the
 * gateway stricter, never more lenient, than the service behind it.
 */
interface PublicRoute {
  /** Methods, or `*` for all of them. */
  methods: readonly string[] | '*';
  path: RegExp;
}

const READ = ['GET', 'HEAD'] as const;
const ID = '[^/]+';
const exactly = (path: string) => new RegExp(`^${path}/?$`);
const andBelow = (path: string) => new RegExp(`^${path}(?:/.*)?$`);

const PUBLIC_ROUTES: readonly PublicRoute[] = [
  // Registration, and the token endpoints (login, refresh, logout, jwks.json).
  { methods: ['POST'], path: exactly('/api/accounts') },
  { methods: '*', path: andBelow('/api/auth') },
  { methods: READ, path: exactly('/api/communes') },
  { methods: READ, path: exactly('/api/organisations') },
  // The catalogue: workshops, sessions, venues and calendar feeds.
  { methods: READ, path: andBelow('/api/workshops') },
  { methods: READ, path: andBelow('/api/sessions') },
  { methods: READ, path: andBelow('/api/venues') },
  { methods: READ, path: new RegExp('^/api/calendar/.+$') },
  // Personal calendar feeds carry their own unguessable token in the path.
  { methods: READ, path: new RegExp('^/api/bookings/calendar/.+$') },
  // Seats left of a session, as the catalogue shows them.
  { methods: READ, path: exactly(`/api/bookings/sessions/${ID}/availability`) },
  // What the fund paid for is public (DESIGN.md "Users"); ledgers and statements are not.
  { methods: READ, path: exactly('/api/funds') },
  { methods: READ, path: exactly(`/api/funds/${ID}`) },
  { methods: READ, path: exactly(`/api/funds/${ID}/summary`) },
  { methods: READ, path: exactly(`/api/funds/${ID}/deliveries`) },
  { methods: READ, path: exactly('/api/rounds') },
  { methods: READ, path: exactly(`/api/rounds/${ID}`) },
  { methods: READ, path: exactly(`/api/rounds/${ID}/results`) },
  // Unsubscribe links in emails: the signed token in the path is the proof (GET asks, POST does).
  { methods: [...READ, 'POST'], path: exactly(`/api/notifications/unsubscribe/${ID}`) },
];

/** True when `method path` (path without the query) may be called without a token. */
export function isPublicRoute(method: string, path: string): boolean {
  return PUBLIC_ROUTES.some(
    (route) => (route.methods === '*' || route.methods.includes(method)) && route.path.test(path),
  );
}
