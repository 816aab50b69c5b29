import { createRemoteJWKSet, errors as joseErrors } from 'jose';
import type { KeyResolver } from '@fabrique/service-kit';

/** The key set could not be fetched: the gateway's problem, not the caller's token's. */
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

/**
 * Accounts' public keys, cached; an unknown `kid` triggers a refetch (key rotation) at most
 * once per cooldown, so forged key ids cannot hammer accounts. Fetch failures are told apart
 * so that the gateway answers 503 rather than blaming the caller with a 401.
 */
export function remoteKeys(jwksUrl: string, options: RemoteKeysOptions): KeyResolver {
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
