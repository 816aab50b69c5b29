import { ANYONE, SIGNED_IN, opsAccess, type AccessTable } from '@fabrique/service-kit';

/**
 * Who may call each operation of the funds service (see service-kit's `access.ts` for the
 * kinds of caller). The OpenAPI document carries it (`x-access`), the service refuses to start
 * when a route is missing, and `tests/api/access.int.test.ts` calls every operation as each
 * kind of caller against real objects to check it.
 */
export const fundsAccess: AccessTable = {
  'GET /api/funds': ANYONE,
  'POST /api/funds/{id}/archive': ['coordinator'],
  'POST /api/funds': ['coordinator'],
  'GET /api/funds/reconciliation': ['coordinator'],
  'GET /api/funds/{id}': ANYONE,
  'GET /api/funds/{id}/summary': ANYONE,
  'GET /api/funds/{id}/deliveries': ANYONE,
  'GET /api/funds/{id}/contributors': ['funder', 'coordinator'],
  'POST /api/funds/{id}/pledges': SIGNED_IN,
  'POST /api/funds/{id}/contributions': SIGNED_IN,
  'GET /api/funds/{id}/ledger': ['funder', 'coordinator'],
  'GET /api/funds/{id}/ledger.csv': ['funder', 'coordinator'],
  'GET /api/funds/{id}/journal.csv': ['coordinator'],
  'GET /api/funds/{id}/journal/accounts': ['coordinator'],
  'PUT /api/funds/{id}/journal/accounts': ['coordinator'],
  'GET /api/funds/{id}/ledger/{entryId}': ['funder', 'coordinator'],
  'POST /api/funds/{id}/ledger/{entryId}/reverse': ['coordinator'],
  'POST /api/funds/{id}/expenses': ['host', 'coordinator'],
  'GET /api/funds/{id}/expenses': SIGNED_IN,
  // A host reads the expenses they submitted (the scene's expense is its host's).
  'GET /api/funds/{id}/expenses/{expenseId}': ['host', 'coordinator'],
  'PUT /api/funds/{id}/volunteer-rates': ['coordinator'],
  'GET /api/funds/volunteering/me': SIGNED_IN,
  'GET /api/funds/volunteering/me.csv': SIGNED_IN,
  'POST /api/funds/{id}/expenses/{expenseId}/approve': ['coordinator'],
  'POST /api/funds/{id}/expenses/{expenseId}/reject': ['coordinator'],
  'GET /api/funds/{id}/statements/me': SIGNED_IN,
  'GET /api/funds/{id}/statements/me.csv': SIGNED_IN,
  'GET /api/funds/{id}/statements/me/certificate.html': SIGNED_IN,
  'GET /api/funds/{id}/declarations': SIGNED_IN,
  'GET /api/funds/{id}/declarations/{declarationId}': SIGNED_IN,
  'POST /api/funds/{id}/declarations/{declarationId}/confirm': ['coordinator'],
  'POST /api/funds/{id}/declarations/{declarationId}/reject': ['coordinator'],
  'POST /api/funds/{id}/bank-statements': ['coordinator'],
  'GET /api/rounds': ANYONE,
  'POST /api/rounds': ['coordinator'],
  'GET /api/rounds/{id}': ANYONE,
  'POST /api/rounds/{id}/proposals': SIGNED_IN,
  'PATCH /api/rounds/{id}/proposals/{proposalId}': SIGNED_IN,
  'POST /api/rounds/{id}/proposals/{proposalId}/review': ['coordinator'],
  'POST /api/rounds/{id}/advance': ['coordinator'],
  'PUT /api/rounds/{id}/ballot': SIGNED_IN,
  'GET /api/rounds/{id}/ballot': SIGNED_IN,
  'GET /api/rounds/{id}/results': ANYONE,
  ...opsAccess('funds'),
};
