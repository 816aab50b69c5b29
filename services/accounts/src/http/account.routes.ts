import express, { type Router } from 'express';
import { accountLookupResponse, accountResponse } from '@fabrique/contracts';
import {
  pageOf,
  parseInput,
  parseParams,
  principalOf,
  requireAuth,
  requireRole,
  type RouteDoc,
  pageSchema,
} from '@fabrique/service-kit';
import { changeRolesOf, lookUpByEmail, readAccount, register } from '../use-cases/accounts.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { accountLookupQuery, idParams, registrationBody, rolesBody } from './schemas.js';
import { accountToView, lookupToView } from './views.js';

export function accountRoutes(deps: AccountsDeps): Router {
  const router = express.Router();

  router.post('/', async (req, res) => {
    const account = await register(deps, parseInput(registrationBody, req.body));
    res.status(201).location(`/api/accounts/${account.id}`).json(accountToView(account));
  });

  router.get('/', requireRole('coordinator'), async (req, res) => {
    const query = parseInput(accountLookupQuery, req.query, 'query');
    const page = pageOf(await lookUpByEmail(deps, query.email), query);
    res.json({ items: page.items.map(lookupToView), nextCursor: page.nextCursor });
  });

  router.get('/:id', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    res.json(accountToView(await readAccount(deps, principalOf(req), id)));
  });

  router.post('/:id/roles', requireRole('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const body = parseInput(rolesBody, req.body);
    res.json(accountToView(await changeRolesOf(deps, principalOf(req).accountId, id, body)));
  });

  return router;
}

export const accountRouteDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/accounts',
    summary: 'Register as a resident',
    access: 'public',
    body: registrationBody,
    responses: { 201: { description: 'Registered', schema: accountResponse } },
    errors: ['VALIDATION_FAILED', 'WEAK_PASSWORD', 'UNKNOWN_COMMUNE', 'EMAIL_TAKEN'],
    // A coordinator may then let the new person act for an organisation.
    links: ['/api/accounts/{id}', '/api/organisations/{id}/members/{accountId}'],
  },
  {
    method: 'get',
    path: '/api/accounts',
    summary: 'Find a person by their exact email address (0 or 1 result)',
    access: ['coordinator'],
    query: accountLookupQuery,
    responses: {
      200: {
        description: 'The account with that address, if any',
        schema: pageSchema(accountLookupResponse),
      },
    },
    errors: ['VALIDATION_FAILED', 'FORBIDDEN'],
  },
  {
    method: 'get',
    path: '/api/accounts/{id}',
    params: idParams,
    summary: 'Read an account (its owner or a coordinator)',
    access: 'authenticated',
    responses: { 200: { description: 'The account', schema: accountResponse } },
    errors: ['FORBIDDEN', 'ACCOUNT_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/accounts/{id}/roles',
    params: idParams,
    summary: 'Grant or revoke roles',
    access: ['coordinator'],
    body: rolesBody,
    responses: { 200: { description: 'The account with its new roles', schema: accountResponse } },
    errors: ['FORBIDDEN', 'ACCOUNT_NOT_FOUND', 'ROLE_NOT_REVOCABLE', 'EDIT_CONFLICT'],
  },
];
