import { ANYONE, SIGNED_IN, opsAccess, type AccessTable } from '@fabrique/service-kit';

/**
 * Who may call each operation of the bookings service (see service-kit's `access.ts` for the
 * kinds of caller). The OpenAPI document carries it (`x-access`), the service refuses to start
 * when a route is missing, and `tests/api/access.int.test.ts` calls every operation as each
 * kind of caller against real objects to check it.
 */
export const bookingsAccess: AccessTable = {
  'POST /api/bookings': SIGNED_IN,
  'GET /api/bookings': SIGNED_IN,
  'GET /api/bookings/{id}': ['owner', 'host', 'coordinator'],
  'POST /api/bookings/{id}/cancel': ['owner', 'host', 'coordinator'],
  'POST /api/bookings/{id}/accept': ['owner', 'coordinator'],
  'POST /api/bookings/{id}/decline': ['owner', 'coordinator'],
  'GET /api/bookings/sessions/{sessionId}/availability': ANYONE,
  'POST /api/bookings/calendar': SIGNED_IN,
  'DELETE /api/bookings/calendar': SIGNED_IN,
  'GET /api/bookings/calendar/{token}.ics': ANYONE,
  'GET /api/rosters/{sessionId}': ['host', 'coordinator'],
  'POST /api/rosters/{sessionId}/attendance': ['host', 'coordinator'],
  'POST /api/rosters/{sessionId}/close': ['host', 'coordinator'],
  'POST /api/rosters/{sessionId}/void': ['coordinator'],
  ...opsAccess('bookings'),
};
