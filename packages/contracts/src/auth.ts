import { z } from 'zod';
import { roleSchema } from './events/accounts.js';

/** Who issues access tokens and for whom; every verifier checks both. */
export const ACCESS_TOKEN_ISSUER = 'fabrique-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'fabrique';
/** JWS algorithm of access tokens (Ed25519). */
export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';

/** Claims of an access token beyond the registered ones (iss, aud, exp, iat, jti). */
export const accessTokenClaimsSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(roleSchema),
  commune: z.string(),
  /** Organisations the person acts for (memberships granted by a coordinator). */
  orgs: z.array(z.string()).default([]),
  /** The person proved the account's address (OIDC's claim): declaring money, acting for an
   * organisation and voting in some rounds need it. */
  email_verified: z.boolean().default(false),
});

export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;
