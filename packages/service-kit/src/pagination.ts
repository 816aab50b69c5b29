import { z } from 'zod';
import type { Page } from '@fabrique/contracts';
import { commonErrors } from './errors.js';

export type { Page };

/**
 * One page of a list already in memory, with an opaque cursor (the offset of the next page).
 * For short, stable lists (a person's bookings, a ledger read oldest first); lists that move
 * under the reader page by key instead.
 */
export function pageByOffset<T>(items: T[], limit: number, cursor: string | undefined): Page<T> {
  const offset = cursor === undefined ? 0 : numberInCursor(cursor);
  if (offset === undefined) throw commonErrors.BAD_CURSOR();
  const next = offset + limit;
  return {
    items: items.slice(offset, next),
    nextCursor: next < items.length ? cursorFor(next) : null,
  };
}

/** The opaque cursor that carries a position (an offset, a stream sequence). */
export const cursorFor = (position: number): string =>
  Buffer.from(String(position)).toString('base64url');

/** The position a cursor made by `cursorFor` carries; undefined for anything else. */
export function numberInCursor(cursor: string): number | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!/^\d{1,15}$/.test(decoded) || cursorFor(Number(decoded)) !== cursor) return undefined;
  return Number(decoded);
}

/** The most items one page of any list holds; `limit` defaults to it on reference lists. */
export const MAX_PAGE_SIZE = 500;

/** `?limit=&cursor=`, the paging every collection route accepts (one list shape). */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  cursor: z.string().min(1).max(200).optional(),
});

/** A list query with `?archived=`, for reference data (communes, organisations, kinds, funds). */
export const archivedListQuery = pageQuery.extend({
  archived: z.enum(['true', 'false']).default('false'),
});

/** One page of `items` after a parsed `pageQuery`: `{items, nextCursor}`. */
export const pageOf = <T>(items: T[], query: { limit: number; cursor?: string | undefined }) =>
  pageByOffset(items, query.limit, query.cursor);

/** The answer of a collection route (contracts): a page of `item`. */
export { pageSchema } from '@fabrique/contracts';
