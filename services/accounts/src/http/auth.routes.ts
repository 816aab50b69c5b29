import express, { type Router } from 'express';
import { parseInput, type RouteDoc } from '@fabrique/service-kit';
import type { AccountsDeps } from '../use-cases/deps.js';
import { login, logout, refresh } from '../use-cases/sign-in.js';
import { jwksView, loginBody, refreshBody, tokenPairView } from './schemas.js';

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
    responses: { 200: { description: 'Signed in', schema: tokenPairView } },
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
  },
  {
    method: 'post',
    path: '/api/auth/refresh',
    summary: 'Exchange a refresh token (once) for a new pair',
    access: 'public',
    body: refreshBody,
    responses: { 200: { description: 'New tokens', schema: tokenPairView } },
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
    method: 'get',
    path: '/api/auth/jwks.json',
    summary: 'Public keys that verify access tokens (current and previous)',
    access: 'public',
    responses: { 200: { description: 'JSON Web Key Set', schema: jwksView } },
  },
];
