import type { Request } from 'express';
import { decodeJwt } from 'jose';
import { AppError, commonErrors, verifyAccessToken, type KeyResolver } from '@fabrique/service-kit';
import { KeysUnavailableError } from './auth.keys.js';
import { isPublicRoute } from './auth.public-routes.js';
import type { TokenCache } from './auth.token-cache.js';
import { gatewayErrors } from './gateway.errors.js';

// The same token syntax service-kit's `authenticate` accepts (RFC 6750 b64token).
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export interface EdgeAuthDeps {
  keys: KeyResolver;
  verified: TokenCache;
}

async function verify(token: string, deps: EdgeAuthDeps): Promise<void> {
  if (deps.verified.has(token)) return;
  try {
    await verifyAccessToken(token, deps.keys);
  } catch (error) {
    if (error instanceof AppError && error.cause instanceof KeysUnavailableError) {
      throw gatewayErrors.AUTH_UNAVAILABLE(
        'The signing keys cannot be fetched; try again shortly.',
        {
          cause: error.cause,
        },
      );
    }
    throw error;
  }
  // Accounts always sets `exp`; a token without one is simply never cached.
  deps.verified.remember(token, (decodeJwt(token).exp ?? 0) * 1000);
}

/**
 * Lets a request through the edge: a token, when sent, must be valid (even on a public
 * route, so a client learns early that its session is over); a protected route needs one.
 * The Authorization header then travels on unchanged: services verify again and check roles.
 */
export async function checkAccess(req: Request, deps: EdgeAuthDeps): Promise<void> {
  const header = req.get('authorization');
  if (header === undefined) {
    if (isPublicRoute(req.method, req.baseUrl + req.path)) return;
    throw commonErrors.UNAUTHENTICATED('This route needs "Authorization: Bearer <access token>".');
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) {
    throw commonErrors.UNAUTHENTICATED('Send the access token as "Authorization: Bearer <token>".');
  }
  await verify(token, deps);
}
