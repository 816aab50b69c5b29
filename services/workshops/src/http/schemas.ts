import { z } from 'zod';
import { schemaMessage } from '@fabrique/contracts';
import { pageQuery, pathParams } from '@fabrique/service-kit';
import { recurrenceSchema } from '../domain/recurrence.js';

const id = z.string().min(1).max(100);
const slug = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'lower-case letters, digits and dashes');
const commune = z.string().trim().min(1).max(100);
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const venueBody = z.strictObject({
  name: z.string().trim().min(2).max(120),
  address: z.string().trim().min(3).max(300),
  commune,
  maxCapacity: z.number().int().min(1).max(500),
  accessibility: z.string().trim().max(1000).default(''),
  equipment: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
});
export const venuePatch = venueBody
  .partial()
  .extend({ status: z.enum(['active', 'proposed']).optional() })
  .strict();

export const kindBody = z.strictObject({ id: slug, label: z.string().trim().min(2).max(60) });

const pricePolicy = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('free') }),
  z.strictObject({
    type: z.literal('suggested'),
    suggestedCents: z.number().int().min(1).max(100_000),
  }),
]);

const audience = z.strictObject({
  ages: z.string().trim().max(100).optional(),
  languages: z.array(z.string().trim().min(2).max(30)).max(10).default(['fr']),
});
const workshopFields = {
  title: z.string().trim().min(3).max(120),
  kind: slug,
  description: z.string().trim().max(5000),
  hostIds: z.array(id).min(1).max(5),
  defaultVenueId: id.nullable(),
  defaultCapacity: z.number().int().min(1).max(500),
  defaultDurationMinutes: z.number().int().min(5).max(720),
  audience,
  pricePolicy,
};
export const workshopBody = z.strictObject({
  ...workshopFields,
  description: workshopFields.description.default(''),
  hostIds: workshopFields.hostIds.optional(),
  defaultVenueId: workshopFields.defaultVenueId.default(null),
  audience: audience.default({ languages: ['fr'] }),
  pricePolicy: pricePolicy.default({ type: 'free' }),
  /** A winning participatory-budget project this workshop carries out (coordinators). */
  projectId: z.string().trim().min(1).max(100).optional(),
});
export const workshopPatch = z
  .strictObject(workshopFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, {
    message: schemaMessage({
      fr: 'Envoyez au moins un champ à modifier.',
      en: 'Send at least one field to change.',
    }),
  });
export const workshopStatusBody = z.strictObject({ status: z.enum(['published', 'archived']) });

export const scheduleBody = z.strictObject({
  startsAt: instant,
  durationMinutes: z.number().int().min(5).max(720).optional(),
  capacity: z.number().int().min(1).max(500).optional(),
  venueId: id.optional(),
  recurrence: recurrenceSchema.optional(),
  bookingOpensAt: instant.optional(),
  bookingClosesHoursBefore: z.number().int().min(0).max(168).optional(),
});

/** One change per request, so that each gives exactly one event. */
export const sessionPatch = z.union([
  z.strictObject({ capacity: z.number().int().min(1).max(500) }),
  z
    .strictObject({
      startsAt: instant.optional(),
      durationMinutes: z.number().int().min(5).max(720).optional(),
      venueId: id.optional(),
    })
    .refine((b) => Object.keys(b).length > 0, {
      message: schemaMessage({
        fr: 'Envoyez une nouvelle heure, une nouvelle durée ou un nouveau lieu, ou un nombre de places.',
        en: 'Send a new time, duration or venue, or a capacity.',
      }),
    }),
]);

export const cancelBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const catalogueQuery = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  kind: slug.optional(),
  commune: commune.optional(),
  venueId: id.optional(),
  workshopId: id.optional(),
  q: z.string().trim().max(200).optional(),
  available: flag.optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const workshopListQuery = z.strictObject({
  kind: slug.optional(),
  commune: commune.optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const venueListQuery = pageQuery.extend({
  commune: commune.optional(),
  proposed: flag.optional(),
});

/** Route parameters: ids are opaque, bounded loosely (an unknown one meets its 404). */
export const idParams = pathParams('id');
export const kindParams = pathParams('kindId');
/** `/api/calendar/workshops/{id}.ics`: the workshop's id with its extension. */
export const calendarFileParams = z.object({
  // `<id>.ics`: the id is any path id, the extension only says the format.
  file: z
    .string()
    .transform((file) => file.replace(/\.ics$/, ''))
    .pipe(idParams.shape.id),
});
