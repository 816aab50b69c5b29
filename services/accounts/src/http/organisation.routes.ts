import express, { type Router } from 'express';
import { newId, organisationResponse } from '@fabrique/contracts';
import {
  archivedListQuery,
  pageOf,
  parseInput,
  principalOf,
  requireRole,
  type RouteDoc,
  pageSchema,
} from '@fabrique/service-kit';
import { accountErrors } from '../domain/errors.js';
import {
  archiveOrganisation,
  changeMembership,
  createOrganisation,
} from '../domain/organisation.js';
import { findAccount } from '../store/account.store.js';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  saveArchived,
  saveMembership,
} from '../store/organisation.store.js';
import { knownCommune } from '../use-cases/accounts.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { organisationBody } from './schemas.js';
import { organisationToView } from './views.js';

async function setMembership(
  deps: AccountsDeps,
  by: string,
  organisationId: string,
  accountId: string,
  active: boolean,
) {
  const organisation = await findOrganisation(deps.models.organisations, organisationId);
  if (!organisation) throw accountErrors.ORGANISATION_NOT_FOUND();
  if (active && organisation.archivedAt) throw accountErrors.ORGANISATION_ARCHIVED();
  const account = await findAccount(deps.models.accounts, accountId);
  if (!account || account.deletedAt) throw accountErrors.ACCOUNT_NOT_FOUND();
  const { membership, events } = changeMembership(
    organisationId,
    accountId,
    active,
    by,
    deps.now(),
  );
  await saveMembership(deps.models.memberships, membership, events);
  deps.eventsWritten('Membership', [`${organisationId}:${accountId}`]);
}

/** A coordinator retires an organisation (once: archiving it again changes nothing). */
function archiveRoute(router: Router, deps: AccountsDeps): void {
  router.post('/:id/archive', requireRole('coordinator'), async (req, res) => {
    const found = await findOrganisation(deps.models.organisations, req.params.id as string);
    if (!found) throw accountErrors.ORGANISATION_NOT_FOUND();
    const { organisation, events } = archiveOrganisation(
      found,
      principalOf(req).accountId,
      deps.now(),
    );
    if (events.length > 0) {
      await saveArchived(deps.models.organisations, organisation, events);
      deps.eventsWritten('Organisation', [organisation.id]);
    }
    res.json(organisationToView(organisation));
  });
}

/** Coordinators let people act for an organisation, or stop them. */
function membershipRoutes(router: Router, deps: AccountsDeps): void {
  router.put('/:id/members/:accountId', requireRole('coordinator'), async (req, res) => {
    await setMembership(
      deps,
      principalOf(req).accountId,
      req.params.id as string,
      req.params.accountId as string,
      true,
    );
    res.status(204).end();
  });

  router.delete('/:id/members/:accountId', requireRole('coordinator'), async (req, res) => {
    await setMembership(
      deps,
      principalOf(req).accountId,
      req.params.id as string,
      req.params.accountId as string,
      false,
    );
    res.status(204).end();
  });
}

export function organisationRoutes(deps: AccountsDeps): Router {
  const router = express.Router();
  archiveRoute(router, deps);

  router.get('/', async (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const all = await listOrganisations(deps.models.organisations, query.archived === 'true');
    const page = pageOf(all, query);
    res.json({ items: page.items.map(organisationToView), nextCursor: page.nextCursor });
  });

  router.post('/', requireRole('coordinator'), async (req, res) => {
    const body = parseInput(organisationBody, req.body);
    const commune = body.commune === undefined ? undefined : await knownCommune(deps, body.commune);
    const { organisation, events } = createOrganisation({ ...body, commune }, newId(), deps.now());
    await insertOrganisation(deps.models.organisations, organisation, events);
    deps.eventsWritten('Organisation', [organisation.id]);
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
    summary: 'Retire an organisation: hidden from choices, no new members or money; history kept',
    access: ['coordinator'],
    responses: { 200: { description: 'Archived', schema: organisationResponse } },
    errors: ['ORGANISATION_NOT_FOUND'],
  },
  {
    method: 'put',
    path: '/api/organisations/{id}/members/{accountId}',
    summary: 'Let a person act for the organisation',
    access: ['coordinator'],
    responses: { 204: { description: 'Member' } },
    errors: ['ORGANISATION_NOT_FOUND', 'ACCOUNT_NOT_FOUND', 'ORGANISATION_ARCHIVED'],
  },
  {
    method: 'delete',
    path: '/api/organisations/{id}/members/{accountId}',
    summary: 'Stop a person acting for the organisation',
    access: ['coordinator'],
    responses: { 204: { description: 'No longer a member' } },
    errors: ['ORGANISATION_NOT_FOUND', 'ACCOUNT_NOT_FOUND'],
  },
];
