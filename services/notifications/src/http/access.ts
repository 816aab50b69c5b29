import { ANYONE, SIGNED_IN, opsAccess, type AccessTable } from '@fabrique/service-kit';

/**
 * Who may call each operation of the notifications service (see service-kit's `access.ts` for the
 * kinds of caller). The OpenAPI document carries it (`x-access`), the service refuses to start
 * when a route is missing, and `tests/api/access.int.test.ts` calls every operation as each
 * kind of caller against real objects to check it.
 */
export const notificationsAccess: AccessTable = {
  'GET /api/notifications': SIGNED_IN,
  'POST /api/notifications/{id}/read': SIGNED_IN,
  'POST /api/notifications/read-all': SIGNED_IN,
  'GET /api/notifications/preferences': SIGNED_IN,
  'PUT /api/notifications/preferences': SIGNED_IN,
  'GET /api/notifications/unsubscribe/{token}': ANYONE,
  'POST /api/notifications/unsubscribe/{token}': ANYONE,
  'GET /api/notifications/dead-letters': ['coordinator'],
  'POST /api/notifications/dead-letters/{seq}/replay': ['coordinator'],
  'POST /api/notifications/dead-letters/replay': ['coordinator'],
  ...opsAccess('notifications'),
};
