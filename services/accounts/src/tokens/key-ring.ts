import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { ACCESS_TOKEN_ALGORITHM } from '@fabrique/contracts';
import {
  insertOrGetKey,
  keysFromPeriod,
  type SigningKeyModel,
  type StoredSigningKey,
} from '../store/signing-key.store.js';

export interface KeyRingOptions {
  model: SigningKeyModel;
  /** How long a key signs before the next one takes over. */
  rotationMs: number;
  now?: () => Date;
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/**
 * Ed25519 signing keys, rotated by period: the key of period P = floor(now / rotation) has
 * the id `k<P>`, so every replica converges on the same key through a unique insert. The
 * JWKS publishes the current and the previous period's keys: tokens signed just before a
 * rotation stay verifiable (the grace period is one rotation, far longer than a token lives).
 */
export class KeyRing {
  private signing: { period: number; key: SigningKey } | undefined;
  private published: { period: number; jwks: JSONWebKeySet; keys: JWTVerifyGetKey } | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: KeyRingOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private period(): number {
    return Math.floor(this.now().getTime() / this.options.rotationMs);
  }

  async signingKey(): Promise<SigningKey> {
    const period = this.period();
    if (this.signing?.period === period) return this.signing.key;
    const stored = await insertOrGetKey(this.options.model, await newKey(period, this.now()));
    const key = {
      kid: stored._id,
      privateKey: (await importJWK(stored.privateJwk, ACCESS_TOKEN_ALGORITHM)) as CryptoKey,
    };
    this.signing = { period, key };
    return key;
  }

  /** Public keys of the current and previous periods (never a private part). */
  async jwks(): Promise<JSONWebKeySet> {
    const period = this.period();
    if (this.published?.period === period && this.published.jwks.keys.length > 0)
      return this.published.jwks;
    await this.signingKey();
    const keys = await keysFromPeriod(this.options.model, period - 1);
    const jwks = { keys: keys.filter((k) => k.period <= period).map((k) => k.publicJwk) };
    // One local key set per published set: jose imports each public key once, not per request.
    this.published = { period, jwks, keys: createLocalJWKSet(jwks) };
    return jwks;
  }

  /** Verification keys for this service's own routes, from the published set. */
  verificationKeys(): JWTVerifyGetKey {
    return async (header, token) => {
      await this.jwks();
      return this.published!.keys(header, token);
    };
  }
}

async function newKey(period: number, now: Date): Promise<StoredSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const kid = `k${period}`;
  const publicJwk: JWK = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: ACCESS_TOKEN_ALGORITHM,
    use: 'sig',
  };
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: ACCESS_TOKEN_ALGORITHM };
  return { _id: kid, period, publicJwk, privateJwk, createdAt: now };
}
