import { SignJWT } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  newId,
  type AccessTokenClaims,
} from '@fabrique/contracts';
import { firstValidIssuedAt } from '@fabrique/service-kit';
import type { SigningKey } from './key-ring.js';

/**
 * Signs a short-lived access token carrying who the person is and what they may do. After a
 * sign-out everywhere at `validFrom`, its `iat` is at least the next whole second, so that the
 * services, which refuse tokens issued up to that moment, accept it at once (it may then be
 * dated up to a second ahead: verification tolerates five).
 */
export async function signAccessToken(
  claims: AccessTokenClaims,
  key: SigningKey,
  ttlSeconds: number,
  now: Date,
  validFrom: Date | null = null,
): Promise<string> {
  const issuedAt = Math.max(
    Math.floor(now.getTime() / 1000),
    validFrom ? firstValidIssuedAt(validFrom) : 0,
  );
  return new SignJWT({
    roles: claims.roles,
    commune: claims.commune,
    orgs: claims.orgs,
    email_verified: claims.email_verified,
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
    .setSubject(claims.sub)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(newId())
    .sign(key.privateKey);
}
