import { ANYONE, opsAccess, type AccessTable } from '@fabrique/service-kit';

/**
 * Who may call each operation of the workshops service (see service-kit's `access.ts` for the
 * kinds of caller). The OpenAPI document carries it (`x-access`), the service refuses to start
 * when a route is missing, and `tests/api/access.int.test.ts` calls every operation as each
 * kind of caller against real objects to check it.
 */
export const workshopsAccess: AccessTable = {
  'GET /api/venues': ANYONE,
  'POST /api/venues': ['host', 'coordinator'],
  'GET /api/venues/{id}': ANYONE,
  'PATCH /api/venues/{id}': ['coordinator'],
  'POST /api/venues/{id}/archive': ['coordinator'],
  'GET /api/workshops/kinds': ANYONE,
  'POST /api/workshops/kinds/{kindId}/archive': ['coordinator'],
  'POST /api/workshops/kinds': ['coordinator'],
  'GET /api/workshops': ANYONE,
  'POST /api/workshops': ['host', 'coordinator'],
  'GET /api/workshops/{id}': ANYONE,
  'PATCH /api/workshops/{id}': ['host', 'coordinator'],
  'POST /api/workshops/{id}/status': ['host', 'coordinator'],
  'POST /api/workshops/{id}/sessions/preview': ['host', 'coordinator'],
  'POST /api/workshops/{id}/sessions': ['host', 'coordinator'],
  'GET /api/workshops/{id}/sessions': ANYONE,
  'GET /api/sessions': ANYONE,
  'GET /api/sessions/{id}': ANYONE,
  'PATCH /api/sessions/{id}': ['host', 'coordinator'],
  'POST /api/sessions/{id}/cancel': ['host', 'coordinator'],
  'POST /api/sessions/{id}/complete': ['host', 'coordinator'],
  'GET /api/calendar/catalogue.ics': ANYONE,
  'GET /api/calendar/workshops/{id}.ics': ANYONE,
  ...opsAccess('workshops'),
};
