import type { Request } from 'express';
import { decodeJwt } from 'jose';
import {
  BEARER_EXPECTED,
  SESSION_ENDED,
  commonErrors,
  verifyAccessToken,
  type KeyResolver,
  type RevokedAccounts,
} from '@fabrique/service-kit';
import { isPublicRoute } from './auth.public-routes.js';
import type { TokenCache, TokenIdentity } from './auth.token-cache.js';

// The same token syntax service-kit's `authenticate` accepts (RFC 6750 b64token).
export const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export interface EdgeAuthDeps {
  keys: KeyResolver;
  verified: TokenCache;
  /**
   * Accounts signed out everywhere or deleted, followed from accounts' events (revocations.ts);
   * absent when the gateway runs without NATS, and then only the services refuse their tokens.
   */
  revoked?: RevokedAccounts | undefined;
}

/** UNAUTHENTICATED for a bad token; AUTH_UNAVAILABLE (503) when accounts' keys cannot be fetched. */
async function verify(token: string, deps: EdgeAuthDeps): Promise<TokenIdentity> {
  const { accountId, issuedAt } = await verifyAccessToken(token, deps.keys);
  return { accountId, issuedAt };
}

const isRevoked = (identity: TokenIdentity, deps: EdgeAuthDeps): boolean =>
  deps.revoked?.refuses(identity.accountId, identity.issuedAt) ?? false;

/**
 * Whether a token passes the edge without a signature check: it was verified recently (cached)
 * and its account has not been signed out or deleted since. The fast proxy path relies on it.
 */
export function trustedAtEdge(token: string, deps: EdgeAuthDeps): boolean {
  const identity = deps.verified.get(token);
  return identity !== undefined && !isRevoked(identity, deps);
}

async function admit(token: string, deps: EdgeAuthDeps): Promise<void> {
  let identity = deps.verified.get(token);
  if (identity === undefined) {
    identity = await verify(token, deps);
    // Accounts always sets `exp`; a token without one is simply never cached.
    deps.verified.remember(token, identity, (decodeJwt(token).exp ?? 0) * 1000);
  }
  // Checked on every request, cached or not: a revocation takes effect at once.
  if (isRevoked(identity, deps)) throw commonErrors.UNAUTHENTICATED(SESSION_ENDED);
}

/**
 * Lets a request through the edge: a token, when sent, must be valid and not revoked (even on
 * a public route, so a client learns early that its session is over); a protected route needs
 * one. The Authorization header then travels on unchanged: services verify again and check roles.
 */
export async function checkAccess(req: Request, deps: EdgeAuthDeps): Promise<void> {
  const header = req.get('authorization');
  if (header === undefined) {
    if (isPublicRoute(req.method, req.baseUrl + req.path)) return;
    throw commonErrors.UNAUTHENTICATED({
      fr: 'Cette route demande « Authorization: Bearer <jeton d’accès> ».',
      en: 'This route needs "Authorization: Bearer <access token>".',
    });
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) {
    throw commonErrors.UNAUTHENTICATED(BEARER_EXPECTED);
  }
  await admit(token, deps);
}
