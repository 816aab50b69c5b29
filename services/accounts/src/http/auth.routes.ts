import express, { type Router } from 'express';
import {
  jwksResponse,
  passwordResetAskedResponse,
  tokenPairResponse,
  type PasswordResetAskedResponse,
} from '@fabrique/contracts';
import { parseInput, type RouteDoc } from '@fabrique/service-kit';
import type { AccountsDeps } from '../use-cases/deps.js';
import { verifyWithLink } from '../use-cases/email-verification.js';
import { requestPasswordReset, resetPassword } from '../use-cases/password-reset.js';
import { login, logout, refresh } from '../use-cases/sign-in.js';
import {
  loginBody,
  refreshBody,
  resetConfirmBody,
  resetRequestBody,
  verifyEmailBody,
} from './schemas.js';

/** The one answer to « mot de passe oublié », whoever asks for whichever address. */
const RESET_REQUESTED: PasswordResetAskedResponse = {
  message:
    'If an account uses this address, an email with a link to choose a new password is on its way. The link works once, for 30 minutes.',
};

export function authRoutes(deps: AccountsDeps): Router {
  const router = express.Router();
  // Tokens must never sit in a cache.
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/login', async (req, res) => {
    const body = parseInput(loginBody, req.body);
    res.json(await login(deps, { ...body, ip: req.ip ?? 'unknown' }));
  });

  router.post('/refresh', async (req, res) => {
    res.json(await refresh(deps, parseInput(refreshBody, req.body).refreshToken));
  });

  router.post('/logout', async (req, res) => {
    await logout(deps, parseInput(refreshBody, req.body).refreshToken);
    res.status(204).end();
  });

  router.post('/password-reset', async (req, res) => {
    const { email } = parseInput(resetRequestBody, req.body);
    await requestPasswordReset(deps, { email, ip: req.ip ?? 'unknown' });
    res.status(202).json(RESET_REQUESTED);
  });

  router.post('/password-reset/confirm', async (req, res) => {
    await resetPassword(deps, parseInput(resetConfirmBody, req.body));
    res.status(204).end();
  });

  router.post('/verify-email', async (req, res) => {
    await verifyWithLink(deps, parseInput(verifyEmailBody, req.body).token);
    res.status(204).end();
  });

  router.get('/jwks.json', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await deps.keyRing.jwks());
  });

  return router;
}

export const authRouteDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in: a 15-minute access token and a rotating refresh token',
    access: 'public',
    body: loginBody,
    responses: { 200: { description: 'Signed in', schema: tokenPairResponse } },
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
  },
  {
    method: 'post',
    path: '/api/auth/refresh',
    summary: 'Exchange a refresh token (once) for a new pair',
    access: 'public',
    body: refreshBody,
    responses: { 200: { description: 'New tokens', schema: tokenPairResponse } },
    errors: ['INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED'],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session of this refresh token',
    access: 'public',
    body: refreshBody,
    responses: { 204: { description: 'Signed out' } },
  },
  {
    method: 'post',
    path: '/api/auth/password-reset',
    summary:
      'Forgotten password: the same 202 whether the address has an account or not; if it has, a link valid 30 minutes goes to it',
    access: 'public',
    body: resetRequestBody,
    responses: {
      202: {
        description: 'Asked (nothing said about the address)',
        schema: passwordResetAskedResponse,
      },
    },
    errors: ['TOO_MANY_RESET_REQUESTS'],
  },
  {
    method: 'post',
    path: '/api/auth/password-reset/confirm',
    summary: 'A new password with the emailed link: every session of the account ends',
    access: 'public',
    body: resetConfirmBody,
    responses: { 204: { description: 'Password replaced; sign in with it' } },
    errors: ['RESET_LINK_INVALID', 'WEAK_PASSWORD'],
  },
  {
    method: 'post',
    path: '/api/auth/verify-email',
    summary:
      "Follow an emailed link (once): proves the address (48 hours) or makes a new address the account's (24 hours, POST /api/me/email); tokens issued afterwards carry email_verified",
    access: 'public',
    body: verifyEmailBody,
    responses: { 204: { description: 'Address verified' } },
    errors: ['VERIFICATION_LINK_INVALID', 'EMAIL_TAKEN'],
  },
  {
    method: 'get',
    path: '/api/auth/jwks.json',
    summary: 'Public keys that verify access tokens (current and previous)',
    access: 'public',
    responses: { 200: { description: 'JSON Web Key Set', schema: jwksResponse } },
  },
];
