import express, { type Router } from 'express';
import { organisationResponse } from '@fabrique/contracts';
import {
  archivedListQuery,
  pageOf,
  parseInput,
  parseParams,
  principalOf,
  requireRole,
  type RouteDoc,
  pageSchema,
} from '@fabrique/service-kit';
import type { AccountsDeps } from '../use-cases/deps.js';
import {
  addOrganisation,
  organisations,
  retireOrganisation,
  setMembership,
} from '../use-cases/organisations.js';
import { idParams, membershipParams, organisationBody } from './schemas.js';
import { organisationToView } from './views.js';

/** A coordinator retires an organisation (once: archiving it again changes nothing). */
function archiveRoute(router: Router, deps: AccountsDeps): void {
  router.post('/:id/archive', requireRole('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const organisation = await retireOrganisation(deps, principalOf(req).accountId, id);
    res.json(organisationToView(organisation));
  });
}

/** Coordinators let people act for an organisation, or stop them. */
function membershipRoutes(router: Router, deps: AccountsDeps): void {
  router.put('/:id/members/:accountId', requireRole('coordinator'), async (req, res) => {
    const { id, accountId } = parseParams(membershipParams, req.params);
    await setMembership(deps, principalOf(req).accountId, id, accountId, true);
    res.status(204).end();
  });

  router.delete('/:id/members/:accountId', requireRole('coordinator'), async (req, res) => {
    const { id, accountId } = parseParams(membershipParams, req.params);
    await setMembership(deps, principalOf(req).accountId, id, accountId, false);
    res.status(204).end();
  });
}

export function organisationRoutes(deps: AccountsDeps): Router {
  const router = express.Router();
  archiveRoute(router, deps);

  router.get('/', async (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const page = pageOf(await organisations(deps, query.archived === 'true'), query);
    res.json({ items: page.items.map(organisationToView), nextCursor: page.nextCursor });
  });

  router.post('/', requireRole('coordinator'), async (req, res) => {
    const organisation = await addOrganisation(deps, parseInput(organisationBody, req.body));
    res
      .status(201)
      .location(`/api/organisations/${organisation.id}`)
      .json(organisationToView(organisation));
  });

  membershipRoutes(router, deps);
  return router;
}

export const organisationRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/organisations',
    summary: 'Funding organisations: municipalities, businesses, associations',
    access: 'public',
    query: archivedListQuery,
    responses: {
      200: { description: 'Organisations', schema: pageSchema(organisationResponse) },
    },
  },
  {
    method: 'post',
    path: '/api/organisations',
    summary: 'Add an organisation (one municipality per commune)',
    access: ['coordinator'],
    body: organisationBody,
    responses: { 201: { description: 'Added', schema: organisationResponse } },
    errors: ['MUNICIPALITY_EXISTS', 'MUNICIPALITY_NEEDS_COMMUNE', 'UNKNOWN_COMMUNE'],
  },
  {
    method: 'post',
    path: '/api/organisations/{id}/archive',
    params: idParams,
    summary: 'Retire an organisation: hidden from choices, no new members or money; history kept',
    access: ['coordinator'],
    responses: { 200: { description: 'Archived', schema: organisationResponse } },
    errors: ['ORGANISATION_NOT_FOUND'],
  },
  {
    method: 'put',
    path: '/api/organisations/{id}/members/{accountId}',
    params: membershipParams,
    summary: 'Let a person act for the organisation',
    access: ['coordinator'],
    responses: { 204: { description: 'Member' } },
    errors: ['ORGANISATION_NOT_FOUND', 'ACCOUNT_NOT_FOUND', 'ORGANISATION_ARCHIVED'],
  },
  {
    method: 'delete',
    path: '/api/organisations/{id}/members/{accountId}',
    params: membershipParams,
    summary: 'Stop a person acting for the organisation',
    access: ['coordinator'],
    responses: { 204: { description: 'No longer a member' } },
    errors: ['ORGANISATION_NOT_FOUND', 'ACCOUNT_NOT_FOUND'],
  },
];
