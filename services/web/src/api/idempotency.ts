import { useRef } from 'preact/hooks';
import { newIdempotencyKey } from './client.js';

/**
 * One Idempotency-Key per action: kept while the same thing is sent again (a retry after a
 * network failure is recognised, so nothing is created twice), renewed when what is sent
 * changes (the server refuses a known key with another body) or after a success.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const text = JSON.stringify(body);
      if (last.current?.body !== text) last.current = { body: text, key: newIdempotencyKey() };
      return last.current.key;
    },
    done() {
      last.current = null;
    },
  };
}

/** The key of the action about to be sent, for forms that never reuse a success's key. */
export function useIdempotencyKeyFor(): (body: unknown) => string {
  const key = useIdempotencyKey();
  return (body) => key.keyFor(body);
}
