// Signing keys, a JWKS endpoint and access tokens for the gateway's tests.
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
} from '@fabrique/contracts';
import { startServer, type TestServer } from './test-upstreams.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const publicJwk = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: ACCESS_TOKEN_ALGORITHM,
    use: 'sig',
  };
  return { kid, privateKey, publicJwk };
}

export interface TokenOptions {
  sub?: string;
  /** Seconds since the epoch; default in 15 minutes. */
  expiresAt?: number;
  /** Seconds since the epoch; default a minute ago. */
  issuedAt?: number;
  audience?: string;
  issuer?: string;
}

/** An access token as accounts issues them (claims per @fabrique/contracts). */
export function signToken(key: SigningKey, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ['resident'], commune: 'Vassieux-en-Vercors', orgs: [] })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(options.sub ?? 'account-1')
    .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
    .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(options.issuedAt ?? now - 60)
    .setExpirationTime(options.expiresAt ?? now + 15 * 60)
    .sign(key.privateKey);
}

export interface JwksServer extends TestServer {
  /** Replaces the published key set (key rotation). */
  publish(keys: SigningKey[]): void;
  /** How many times the key set was fetched. */
  readonly fetches: number;
}

/** Serves a JWKS that the test can change, like accounts' /api/auth/jwks.json. */
export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
  let published = keys;
  let fetches = 0;
  const server = await startServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((key) => key.publicJwk) }));
  });
  return {
    ...server,
    publish: (next) => {
      published = next;
    },
    get fetches() {
      return fetches;
    },
  };
}
