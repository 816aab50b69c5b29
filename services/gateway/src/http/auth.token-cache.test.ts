import { tokenCache } from './auth.token-cache.js';

describe('tokenCache', () => {
  const now = 1_000_000;

  it('trusts a remembered token until the TTL', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 10 });
    expect(cache.has('t1', now)).toBe(false);
    cache.remember('t1', now + 15 * 60_000, now);
    expect(cache.has('t1', now + 59_999)).toBe(true);
    expect(cache.has('t1', now + 60_000)).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('never beyond the token’s own expiry', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.remember('t1', now + 1_000, now);
    expect(cache.has('t1', now + 999)).toBe(true);
    expect(cache.has('t1', now + 1_000)).toBe(false);
  });

  it('drops the oldest entry when full', () => {
    const cache = tokenCache({ ttlMs: 60_000, maxEntries: 2 });
    for (const token of ['a', 'b', 'c']) cache.remember(token, now + 60_000, now);
    expect(cache.size).toBe(2);
    expect(['a', 'b', 'c'].map((token) => cache.has(token, now))).toEqual([false, true, true]);
  });

  it('remembers nothing with a TTL of 0', () => {
    const cache = tokenCache({ ttlMs: 0, maxEntries: 2 });
    cache.remember('a', now + 60_000, now);
    expect(cache.has('a', now)).toBe(false);
  });
});
