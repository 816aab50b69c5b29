import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
} from '@fabrique/contracts';

export interface TokenClaims {
  sub: string;
  roles?: string[];
  orgs?: string[];
  commune?: string;
  /** `iat`, in seconds since the epoch (now by default). */
  issuedAt?: number;
  /** Whether the person proved their address (yes by default: most tests are about others). */
  emailVerified?: boolean;
}

export interface TestTokens {
  /** The public key set, as accounts publishes it at /api/auth/jwks.json. */
  jwks: JSONWebKeySet;
  /** A resolver over `jwks`, for a service's createApp in-process. */
  keys: JWTVerifyGetKey;
  /** An access token as accounts would issue it (10 minutes). */
  sign(claims: TokenClaims): Promise<string>;
}

/** A signing key of its own, so that services can be tested without running accounts. */
export async function testTokens(): Promise<TestTokens> {
  const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    crv: 'Ed25519',
  });
  const jwks = {
    keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: ACCESS_TOKEN_ALGORITHM }],
  };
  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    sign: ({
      sub,
      roles = ['resident'],
      orgs = [],
      commune = 'vassieux-en-vercors',
      issuedAt,
      emailVerified = true,
    }) =>
      new SignJWT({ roles, commune, orgs, email_verified: emailVerified })
        .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: 'test' })
        .setSubject(sub)
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setIssuedAt(issuedAt ?? Math.floor(Date.now() / 1000))
        .setExpirationTime((issuedAt ?? Math.floor(Date.now() / 1000)) + 600)
        .sign(privateKey),
  };
}
