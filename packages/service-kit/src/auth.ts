import type { RequestHandler, Request } from 'express';
import { errors as joseErrors, jwtVerify } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  accessTokenClaimsSchema,
  type AccessTokenClaims,
  type Localized,
} from '@fabrique/contracts';
import { commonErrors } from './errors.js';
import { KeysUnavailableError, type KeyResolver } from './keys.js';
import type { RevokedAccounts } from './revocations.js';

export type Role = AccessTokenClaims['roles'][number];

/** The authenticated caller, from a verified access token. */
export interface Principal {
  accountId: string;
  roles: Role[];
  commune: string;
  organisations: string[];
  /** When the token was issued (`iat`, whole seconds since the epoch). */
  issuedAt: number;
  /** The person proved the account's email address. */
  emailVerified: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- express's own extension point
  namespace Express {
    interface Request {
      principal?: Principal;
    }
  }
}

/**
 * Verifies signature, algorithm, issuer, audience and expiry; throws UNAUTHENTICATED, or
 * AUTH_UNAVAILABLE (503) when the keys to check it cannot be fetched.
 */
export async function verifyAccessToken(token: string, keys: KeyResolver): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      clockTolerance: 5,
      // Without this a signed token lacking `exp` would be valid forever.
      requiredClaims: ['exp', 'sub'],
    });
    const claims = accessTokenClaimsSchema.parse(payload);
    return {
      accountId: claims.sub,
      roles: claims.roles,
      commune: claims.commune,
      organisations: claims.orgs,
      // Accounts always sets it; a token without one counts as older than any revocation.
      issuedAt: payload.iat ?? 0,
      emailVerified: claims.email_verified,
    };
  } catch (error) {
    if (error instanceof KeysUnavailableError)
      throw commonErrors.AUTH_UNAVAILABLE(
        {
          fr: 'Les clés de signature ne peuvent pas être lues ; réessayez dans un instant.',
          en: 'The signing keys cannot be fetched; try again shortly.',
        },
        { cause: error },
      );
    const expired = error instanceof joseErrors.JWTExpired;
    throw commonErrors.UNAUTHENTICATED(
      expired
        ? { fr: 'Le jeton d’accès a expiré.', en: 'The access token has expired.' }
        : { fr: 'Le jeton d’accès n’est pas valide.', en: 'The access token is not valid.' },
      { cause: error },
    );
  }
}

/** Shared with the gateway, which checks the same header at the edge. */
export const BEARER_EXPECTED = {
  fr: 'Envoyez le jeton d’accès ainsi : « Authorization: Bearer <jeton> ».',
  en: 'Send the access token as "Authorization: Bearer <token>".',
};
export const SESSION_ENDED = {
  fr: 'Cette session est terminée : reconnectez-vous.',
  en: 'This session has ended: sign in again.',
};

const ROLE_NAMES: Record<Role, Localized> = {
  resident: { fr: 'habitant·e', en: 'resident' },
  host: { fr: 'animation d’ateliers', en: 'host' },
  funder: { fr: 'financement', en: 'funder' },
  coordinator: { fr: 'coordination', en: 'coordinator' },
};

const rolesNeeded = (roles: Role[]): Localized => ({
  fr: `Il faut le rôle ${roles.map((role) => ROLE_NAMES[role].fr).join(' ou ')}.`,
  en: `This needs the role ${roles.map((role) => ROLE_NAMES[role].en).join(' or ')}.`,
});

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match?.[1]) throw commonErrors.UNAUTHENTICATED(BEARER_EXPECTED);
  return match[1];
}

/**
 * Verifies the bearer token when one is sent and sets `req.principal`; a token `revoked`
 * refuses (its account was deleted or signed out everywhere after it was issued) is refused
 * like an invalid one. Routes that need a
 * caller use `requireAuth` / `requireRole` after it; public routes simply do not.
 */
export function authenticate(keys: KeyResolver, revoked?: RevokedAccounts): RequestHandler {
  return async (req, _res, next) => {
    const token = bearerToken(req);
    if (token) {
      const principal = await verifyAccessToken(token, keys);
      if (revoked?.refuses(principal.accountId, principal.issuedAt))
        throw commonErrors.UNAUTHENTICATED(SESSION_ENDED);
      req.principal = principal;
    }
    next();
  };
}

/** The caller, or 401 when the request carries no valid token. */
export function principalOf(req: Request): Principal {
  if (!req.principal) throw commonErrors.UNAUTHENTICATED();
  return req.principal;
}

export const requireAuth: RequestHandler = (req, _res, next) => {
  principalOf(req);
  next();
};

/** 401 without a token, 403 without one of the roles. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const principal = principalOf(req);
    if (!roles.some((role) => principal.roles.includes(role))) {
      throw commonErrors.FORBIDDEN(rolesNeeded(roles));
    }
    next();
  };
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}
