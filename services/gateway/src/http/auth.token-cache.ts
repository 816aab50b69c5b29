export interface TokenCacheOptions {
  /** How long a verified token is trusted without checking its signature again; 0 = never. */
  ttlMs: number;
  maxEntries: number;
}

/**
 * Remembers tokens whose signature and claims were verified, so that a client's next
 * requests with the same token skip the Ed25519 check (jose does it through WebCrypto, about
 * 0.2 ms of a worker thread each: the gateway's largest own cost per request). Only exact
 * token strings that passed are kept, never beyond their `exp`, and for less time than the
 * key set is cached, so a withdrawn key is not honoured longer than the key cache would
 * anyway. Services verify every token again regardless.
 */
export function tokenCache(options: TokenCacheOptions) {
  /** token → epoch ms until which it is trusted (its expiry or the TTL, whichever is first). */
  const trustedUntil = new Map<string, number>();
  return {
    has(token: string, now = Date.now()): boolean {
      const until = trustedUntil.get(token);
      if (until === undefined) return false;
      if (until > now) return true;
      trustedUntil.delete(token);
      return false;
    },
    remember(token: string, expiresAtMs: number, now = Date.now()): void {
      if (options.ttlMs <= 0) return;
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = trustedUntil.keys().next();
      if (trustedUntil.size >= options.maxEntries && !oldest.done)
        trustedUntil.delete(oldest.value);
      trustedUntil.set(token, Math.min(expiresAtMs, now + options.ttlMs));
    },
    get size(): number {
      return trustedUntil.size;
    },
  };
}

export type TokenCache = ReturnType<typeof tokenCache>;
