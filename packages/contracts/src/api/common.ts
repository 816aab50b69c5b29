import { z } from 'zod';

// The building blocks of the API's answers. Each service's answers are described in this
// folder (one file per service), so that the services check what they send against the same
// schemas the web app takes its types from (`z.infer`, type-only: no zod in the bundle).

/** A moment as the API writes it: ISO 8601 in UTC, `2026-12-06T21:05:00.000Z`. */
export const instant = z.iso.datetime();

/** A calendar day as the API writes it: `2026-12-06`. */
export const calendarDay = z.iso.date();

/** A sum of money in euro cents (never a float). */
export const cents = z.number().int();

/** The answer of every collection route: one page of `item`, and where the next one starts. */
export const pageSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null at the end'),
  });

/** One page of a list, as the client reads it. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
