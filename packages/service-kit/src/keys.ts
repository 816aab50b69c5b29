import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';

/** Resolves the verification key of a token (a remote JWKS with cache, or local keys). */
export type KeyResolver = JWTVerifyGetKey;

/** The key set could not be fetched: the server's problem (503), not the caller's token's. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
}

// Failures that a token causes (unknown or ambiguous key id, an alg the set cannot serve);
// everything else the resolver throws comes from fetching or reading the key set.
const TOKEN_FAULTS = [
  joseErrors.JWKSNoMatchingKey,
  joseErrors.JWKSMultipleMatchingKeys,
  joseErrors.JOSENotSupported,
];

export interface RemoteKeysOptions {
  cacheMaxAgeMs: number;
  /** Minimum gap between refetches triggered by an unknown `kid`. */
  cooldownMs: number;
  timeoutMs: number;
}

const SERVICE_KEYS: RemoteKeysOptions = {
  cacheMaxAgeMs: 10 * 60_000,
  cooldownMs: 30_000,
  timeoutMs: 5_000,
};

/**
 * Accounts' public keys, cached; an unknown `kid` triggers a refetch (key rotation) at most
 * once per cooldown, so forged key ids cannot hammer accounts. Fetch failures are told apart
 * so that a service answers 503 while accounts is down (a replica started meanwhile has no
 * keys yet) rather than blaming the caller with a 401, which a client takes as "sign in again".
 */
export function remoteKeys(
  jwksUrl: string,
  options: RemoteKeysOptions = SERVICE_KEYS,
): KeyResolver {
  const remote = createRemoteJWKSet(new URL(jwksUrl), {
    cacheMaxAge: options.cacheMaxAgeMs,
    cooldownDuration: options.cooldownMs,
    timeoutDuration: options.timeoutMs,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (TOKEN_FAULTS.some((fault) => error instanceof fault)) throw error;
      throw new KeysUnavailableError(`cannot read the key set at ${jwksUrl}`, { cause: error });
    }
  };
}
