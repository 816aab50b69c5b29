import { z } from 'zod';
import { ATTENDANCE_MARKS, REPAIR_OUTCOMES, schemaMessage } from '@fabrique/contracts';

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

/** The Open Repair Data Standard's product categories, plus "Other". */
export const REPAIR_CATEGORIES = [
  'Aircon/dehumidifier',
  'Decorative or safety lights',
  'Desktop computer',
  'Digital compact camera',
  'DSLR/video camera',
  'Fan',
  'Flat screen',
  'Hair & beauty item',
  'Handheld entertainment device',
  'Headphones',
  'Hi-Fi integrated',
  'Hi-Fi separates',
  'Kettle',
  'Lamp',
  'Laptop',
  'Large home electrical',
  'Mobile',
  'Musical instrument',
  'Paper shredder',
  'PC accessory',
  'Portable radio',
  'Power tool',
  'Printer/scanner',
  'Projector',
  'Sewing machine',
  'Small home electrical',
  'Small kitchen item',
  'Tablet',
  'Toaster',
  'Toy',
  'TV and gaming-related accessories',
  'Vacuum',
  'Watch/clock',
  'Bicycle',
  'Clothing/textile',
  'Furniture',
  'Other',
] as const;

export const attendanceBody = z
  .strictObject({
    marks: z
      .array(
        z.strictObject({
          bookingId: id,
          mark: z.enum(ATTENDANCE_MARKS),
          /** For a party of several where not everyone came. */
          attendedSeats: z.number().int().min(0).max(50).optional(),
        }),
      )
      .max(200)
      .default([]),
    walkIns: z
      .array(
        z.strictObject({
          /** Chosen by the client, so that a retried request adds the person once. */
          id: z.uuid().optional(),
          name: z.string().trim().min(1).max(120),
          commune: z.string().trim().min(1).max(100),
          seats: z.number().int().min(1).max(20).default(1),
        }),
      )
      .max(100)
      .default([]),
    repairs: z
      .array(
        z.strictObject({
          id: z.uuid().optional(),
          category: z.enum(REPAIR_CATEGORIES),
          outcome: z.enum(REPAIR_OUTCOMES),
        }),
      )
      .max(200)
      .default([]),
  })
  .refine((body) => body.marks.length + body.walkIns.length + body.repairs.length > 0, {
    message: schemaMessage({
      fr: 'Notez au moins une présence, une personne venue sans réservation ou une réparation',
      en: 'Give at least one mark, walk-in or repair',
    }),
  });

export type AttendanceBody = z.infer<typeof attendanceBody>;

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
