import { useRef } from 'preact/hooks';
import { newIdempotencyKey } from '../../api/client.js';

/**
 * One Idempotency-Key per action: kept while the same thing is sent again (a retry after a
 * network failure is recognised), renewed when what is sent changes (the server refuses a
 * known key with another body) or after a success (the next one is a new action).
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
