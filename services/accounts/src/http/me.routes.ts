import express, { type Router } from 'express';
import {
  accountResponse,
  emailChangeResponse,
  myDataResponse,
  tokenPairResponse,
} from '@fabrique/contracts';
import { parseInput, principalOf, requireAuth, type RouteDoc } from '@fabrique/service-kit';
import { accountOf, deleteMe, exportMe, updateMe } from '../use-cases/accounts.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { requestEmailChange } from '../use-cases/email-change.js';
import { resendVerification } from '../use-cases/email-verification.js';
import { changePassword, signOutEverywhere } from '../use-cases/security.js';
import { emailChangeBody, passwordChangeBody, profilePatchBody } from './schemas.js';
import { accountToView, emailChangeToView, myDataToView } from './views.js';

export function meRoutes(deps: AccountsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);

  router.get('/', async (req, res) => {
    res.json(accountToView(await accountOf(deps, principalOf(req))));
  });

  router.patch('/', async (req, res) => {
    res.json(
      accountToView(await updateMe(deps, principalOf(req), parseInput(profilePatchBody, req.body))),
    );
  });

  router.get('/export', async (req, res) => {
    const data = await exportMe(deps, principalOf(req));
    res.attachment('fabrique-mes-donnees.json').json(myDataToView(data));
  });

  router.post('/password', async (req, res) => {
    const body = parseInput(passwordChangeBody, req.body);
    const tokens = await changePassword(deps, principalOf(req), body, req.ip ?? 'unknown');
    res.set('Cache-Control', 'no-store').json(tokens);
  });

  router.post('/email', async (req, res) => {
    const body = parseInput(emailChangeBody, req.body);
    const asked = await requestEmailChange(deps, principalOf(req), body, req.ip ?? 'unknown');
    res.status(202).json(emailChangeToView(asked));
  });

  router.post('/verification', async (req, res) => {
    await resendVerification(deps, principalOf(req));
    res.status(202).end();
  });

  router.post('/sign-out-everywhere', async (req, res) => {
    await signOutEverywhere(deps, principalOf(req));
    res.status(204).end();
  });

  router.delete('/', async (req, res) => {
    await deleteMe(deps, principalOf(req));
    res.status(204).end();
  });

  return router;
}

export const meRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/me',
    summary: 'My profile',
    access: 'authenticated',
    responses: { 200: { description: 'Me', schema: accountResponse } },
  },
  {
    method: 'patch',
    path: '/api/me',
    summary: 'Change my name, commune or language',
    access: 'authenticated',
    body: profilePatchBody,
    responses: { 200: { description: 'Me, changed', schema: accountResponse } },
    errors: ['UNKNOWN_COMMUNE', 'EDIT_CONFLICT'],
  },
  {
    method: 'get',
    path: '/api/me/export',
    summary: 'Everything the network holds about me, as JSON',
    access: 'authenticated',
    responses: { 200: { description: 'My data', schema: myDataResponse } },
  },
  {
    method: 'post',
    path: '/api/me/password',
    summary:
      'Change my password (with the current one): every other session ends, this one gets new tokens',
    access: 'authenticated',
    body: passwordChangeBody,
    responses: { 200: { description: 'New tokens for this device', schema: tokenPairResponse } },
    errors: ['CURRENT_PASSWORD_WRONG', 'WEAK_PASSWORD', 'TOO_MANY_ATTEMPTS'],
  },
  {
    method: 'post',
    path: '/api/me/email',
    summary:
      'Use another address (with the current password): a link goes to it, valid 24 hours; the address changes when it is followed (POST /api/auth/verify-email) and the old one is told',
    access: 'authenticated',
    body: emailChangeBody,
    responses: { 202: { description: 'The link is on its way', schema: emailChangeResponse } },
    errors: [
      'CURRENT_PASSWORD_WRONG',
      'EMAIL_UNCHANGED',
      'EMAIL_TAKEN',
      'TOO_MANY_EMAIL_CHANGE_REQUESTS',
      'TOO_MANY_ATTEMPTS',
    ],
  },
  {
    method: 'post',
    path: '/api/me/verification',
    summary: 'Send the link that proves my address again (3 per 15 minutes)',
    access: 'authenticated',
    responses: { 202: { description: 'A new link is on its way' } },
    errors: ['EMAIL_ALREADY_VERIFIED', 'TOO_MANY_VERIFICATION_REQUESTS'],
  },
  {
    method: 'post',
    path: '/api/me/sign-out-everywhere',
    summary:
      'End every session of my account: refresh tokens revoked, access tokens refused (accounts.account.signed-out.v1)',
    access: 'authenticated',
    responses: { 204: { description: 'Signed out everywhere' } },
  },
  {
    method: 'delete',
    path: '/api/me',
    summary: 'Delete my account: anonymised everywhere, every session revoked',
    access: 'authenticated',
    responses: { 204: { description: 'Deleted' } },
  },
];
