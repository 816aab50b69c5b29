import { useRef } from 'preact/hooks';
import { newIdempotencyKey } from '../../api/client.js';

/**
 * One Idempotency-Key per action: the same while the same form is sent again (a retry after a
 * network failure is recognised, so nothing is created twice), a new one once the coordinator
 * changes what they send (the server refuses a known key with another body).
 */
export function useIdempotencyKeyFor(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: newIdempotencyKey() };
    return last.current.key;
  };
}
