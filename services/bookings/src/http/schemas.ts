import { z } from 'zod';
import { attendanceRequest, schemaMessage } from '@fabrique/contracts';
import { pathParams } from '@fabrique/service-kit';

const id = z.string().min(1).max(100);
const reason = z.string().trim().min(1).max(500);

export const bookBody = z.strictObject({
  sessionId: id,
  seats: z.number().int().min(1).max(50).default(1),
  /** Hosts and coordinators book for someone else. */
  residentId: id.optional(),
});

export const cancelBody = z.strictObject({ reason: reason.optional() });

/** Why a closed session's hours no longer count (kept with the void, seen by funders' counts). */
export const voidBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const myBookingsQuery = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export const attendanceBody = attendanceRequest;

/** At most 5 000 € per means of payment: a village workshop's door, with room to spare. */
const doorCents = z.number().int().min(0).max(500_000).default(0);

/** Closing attendance, with what the session collected at the door (optional). */
export const closeBody = z.strictObject({
  collected: z
    .strictObject({
      cashCents: doorCents,
      chequeCents: doorCents,
      cardCents: doorCents,
      payers: z.number().int().min(0).max(500).nullable().default(null),
    })
    .optional(),
  /** The hosts and helpers who gave their time (hours they were there, at most twelve). */
  volunteers: z
    .array(z.strictObject({ accountId: id, minutes: z.number().int().min(5).max(720) }))
    .max(30)
    .refine((list) => new Set(list.map((v) => v.accountId)).size === list.length, {
      message: schemaMessage({ fr: 'Chaque bénévole une seule fois', en: 'Each volunteer once' }),
    })
    .default([]),
});

/** Route parameters: ids are opaque, bounded loosely (an unknown one meets its 404). */
export const idParams = pathParams('id');
export const sessionParams = pathParams('sessionId');
/** A personal feed's address: its secret token and `.ics` (anything else is no feed). */
export const feedFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/) });
