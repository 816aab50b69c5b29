import { z } from 'zod';
import { ATTENDANCE_MARKS, REPAIR_OUTCOMES } from '../events/bookings.js';
import { schemaMessage } from '../localized.js';

// A request of the bookings service, used by its use-cases as well as its routes.

const id = z.string().min(1).max(100);

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

/** `POST /api/rosters/{sessionId}/attendance`: marks, walk-ins and repairs, any mix. */
export const attendanceRequest = z
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

export type AttendanceRequest = z.infer<typeof attendanceRequest>;
