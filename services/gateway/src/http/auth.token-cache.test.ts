import { tokenCache } from './auth.token-cache.js';

describe('tokenCache', () => {
  const now = 1_000_000;
  const who = { accountId: 'acc-1', issuedAt: 999 };

  it('trusts a remembered token until the TTL', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 10 });
    expect(cache.get('t1', now)).toBeUndefined();
    cache.remember('t1', who, now + 15 * 60_000, now);
    expect(cache.get('t1', now + 59_999)).toEqual(who);
    expect(cache.get('t1', now + 60_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never beyond the token’s own expiry', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.remember('t1', who, now + 1_000, now);
    expect(cache.get('t1', now + 999)).toEqual(who);
    expect(cache.get('t1', now + 1_000)).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 2 });
    for (const token of ['a', 'b', 'c']) cache.remember(token, who, now + 60_000, now);
    expect(cache.size).toBe(2);
    expect(['a', 'b', 'c'].map((token) => cache.get(token, now))).toEqual([undefined, who, who]);
  });

  it('remembers nothing with a TTL of 0', () => {
    const cache = tokenCache({ ttlMs: 0, maxEntries: 2 });
    cache.remember('a', who, now + 60_000, now);
    expect(cache.get('a', now)).toBeUndefined();
  });
});
