/** What the edge needs of a verified token to apply revocations: its account and `iat` (s). */
export interface TokenIdentity {
  accountId: string;
  issuedAt: number;
}

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
  /**
   * token → whose it is and when it was issued (revocations are checked on every request, even
   * for a trusted token), and the epoch ms until which it is trusted (its expiry or the TTL,
   * whichever is first).
   */
  const trusted = new Map<string, { identity: TokenIdentity; until: number }>();
  return {
    /** The identity of a trusted token, or undefined when it must be verified. */
    get(token: string, now = Date.now()): TokenIdentity | undefined {
      const entry = trusted.get(token);
      if (entry === undefined) return undefined;
      if (entry.until > now) return entry.identity;
      trusted.delete(token);
      return undefined;
    },
    remember(token: string, identity: TokenIdentity, expiresAtMs: number, now = Date.now()): void {
      if (options.ttlMs <= 0) return;
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = trusted.keys().next();
      if (trusted.size >= options.maxEntries && !oldest.done) trusted.delete(oldest.value);
      trusted.set(token, { identity, until: Math.min(expiresAtMs, now + options.ttlMs) });
    },
    get size(): number {
      return trusted.size;
    },
  };
}

export type TokenCache = ReturnType<typeof tokenCache>;
