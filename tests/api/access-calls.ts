// How the access test turns an operation of the OpenAPI document into a call on the scene's
// objects, in which order it makes the calls, and what answer agrees with the access table.
import { CALLERS, type Caller } from '@fabrique/service-kit';

export interface Operation {
  method: string;
  path: string;
  access: readonly Caller[] | undefined;
  hasBody: boolean;
}

type Ids = Record<string, string>;

/** `{id}` names the object of the path's first segment; the other names say what they are. */
const ID_BY_SEGMENT: Record<string, string> = {
  accounts: 'ownerId',
  bookings: 'bookingId',
  calendar: 'workshopId',
  communes: 'communeId',
  funds: 'fundId',
  notifications: 'notificationId',
  organisations: 'organisationId',
  rounds: 'roundId',
  sessions: 'sessionId',
  venues: 'venueId',
  workshops: 'workshopId',
};
const ID_BY_NAME: Record<string, string> = {
  sessionId: 'sessionId',
  declarationId: 'declarationId',
  expenseId: 'expenseId',
  entryId: 'entryId',
  proposalId: 'proposalId',
  accountId: 'funderId',
  kindId: 'kindId',
};

export function concretePath(template: string, ids: Ids): string {
  const segment = template.split('/')[2] ?? '';
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'seq') return '1';
    if (name === 'token')
      return segment === 'bookings' ? (ids.calendarToken ?? '') : 'not-a-real-token';
    const key = name === 'id' ? ID_BY_SEGMENT[segment] : ID_BY_NAME[name];
    const value = key === undefined ? undefined : ids[key];
    if (value === undefined) throw new Error(`no object for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** Operations that end the caller's session: called last, each caller signing in again after. */
export const ENDS_SESSION = new Set(['POST /api/me/sign-out-everywhere', 'DELETE /api/me']);

/**
 * Reads first, then writes with a body (sent empty: the allowed are refused as invalid, not as
 * unauthorised, and nothing changes), then writes without one, deletions, and what ends a
 * session, the account's deletion last of all.
 */
export function callOrder(operation: Operation): number {
  const key = `${operation.method} ${operation.path}`;
  if (key === 'DELETE /api/me') return 6;
  if (ENDS_SESSION.has(key)) return 5;
  if (operation.method === 'GET') return 1;
  if (operation.method === 'DELETE') return 4;
  return operation.hasBody ? 2 : 3;
}

/** The callers of an operation: those refused first, so that nothing they do counts. */
export function callersOf(operation: Operation): Caller[] {
  const allowed = new Set(operation.access ?? []);
  return [...CALLERS].sort((a, b) => Number(allowed.has(a)) - Number(allowed.has(b)));
}

/**
 * Whether an answer agrees with the table: an allowed caller is never refused for who it is
 * (401, 403); a refused one gets 401 without a token, and 403 or 404 (an object others may not
 * even know of) with one.
 */
export function disagreement(status: number, allowed: boolean, caller: Caller): string | undefined {
  if (allowed) return status === 401 || status === 403 ? `allowed, answered ${status}` : undefined;
  const refusals = caller === 'anonymous' ? [401] : [403, 404];
  return refusals.includes(status) ? undefined : `refused, answered ${status}`;
}
