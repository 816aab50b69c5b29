import { SignJWT } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  newId,
  type AccessTokenClaims,
} from '@fabrique/contracts';
import type { SigningKey } from './key-ring.js';

/** Signs a short-lived access token carrying who the person is and what they may do. */
export async function signAccessToken(
  claims: AccessTokenClaims,
  key: SigningKey,
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ roles: claims.roles, commune: claims.commune, orgs: claims.orgs })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
    .setSubject(claims.sub)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(newId())
    .sign(key.privateKey);
}
