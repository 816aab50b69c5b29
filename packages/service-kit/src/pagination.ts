import { commonErrors } from './errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * One page of a list already in memory, with an opaque cursor (the offset of the next page).
 * For short, stable lists (a person's bookings, a ledger read oldest first); lists that move
 * under the reader page by key instead.
 */
export function pageByOffset<T>(items: T[], limit: number, cursor: string | undefined): Page<T> {
  const offset = cursor === undefined ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isInteger(offset) || offset < 0) throw commonErrors.BAD_CURSOR();
  const next = offset + limit;
  return {
    items: items.slice(offset, next),
    nextCursor: next < items.length ? Buffer.from(String(next)).toString('base64url') : null,
  };
}
