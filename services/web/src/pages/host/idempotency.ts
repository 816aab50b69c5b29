import { useRef } from 'preact/hooks';
import { newIdempotencyKey } from '../../api/client.js';

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

/** A client-chosen id (walk-ins, repair items) kept until the add succeeds: a retry adds once. */
export function useClientId() {
  const id = useRef<string | null>(null);
  return {
    current(): string {
      id.current ??= newIdempotencyKey();
      return id.current;
    },
    done() {
      id.current = null;
    },
  };
}
