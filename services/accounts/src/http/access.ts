import { ANYONE, SIGNED_IN, opsAccess, type AccessTable } from '@fabrique/service-kit';

/**
 * Who may call each operation of the accounts service (see service-kit's `access.ts` for the
 * kinds of caller). The OpenAPI document carries it (`x-access`), the service refuses to start
 * when a route is missing, and `tests/api/access.int.test.ts` calls every operation as each
 * kind of caller against real objects to check it.
 */
export const accountsAccess: AccessTable = {
  'POST /api/accounts': ANYONE,
  'GET /api/accounts': ['coordinator'],
  'GET /api/accounts/{id}': ['owner', 'coordinator'],
  'POST /api/accounts/{id}/roles': ['coordinator'],
  'POST /api/auth/login': ANYONE,
  'POST /api/auth/refresh': ANYONE,
  'POST /api/auth/logout': ANYONE,
  'POST /api/auth/password-reset': ANYONE,
  'POST /api/auth/password-reset/confirm': ANYONE,
  'POST /api/auth/verify-email': ANYONE,
  'GET /api/auth/jwks.json': ANYONE,
  'GET /api/communes': ANYONE,
  'POST /api/communes': ['coordinator'],
  'POST /api/communes/{id}/archive': ['coordinator'],
  'GET /api/me': SIGNED_IN,
  'PATCH /api/me': SIGNED_IN,
  'GET /api/me/export': SIGNED_IN,
  'POST /api/me/password': SIGNED_IN,
  'POST /api/me/email': SIGNED_IN,
  'POST /api/me/verification': SIGNED_IN,
  'POST /api/me/sign-out-everywhere': SIGNED_IN,
  'DELETE /api/me': SIGNED_IN,
  'GET /api/organisations': ANYONE,
  'POST /api/organisations': ['coordinator'],
  'POST /api/organisations/{id}/archive': ['coordinator'],
  'PUT /api/organisations/{id}/members/{accountId}': ['coordinator'],
  'DELETE /api/organisations/{id}/members/{accountId}': ['coordinator'],
  ...opsAccess('accounts'),
};
