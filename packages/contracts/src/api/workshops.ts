import { z } from 'zod';
import { SESSION_STATUSES, WORKSHOP_STATUSES } from '../events/workshops.js';
import { cents, instant, pageSchema } from './common.js';

// The workshops service's answers (services/workshops/src/http/views.ts and *.routes.ts).

/** `archived`: retired by a coordinator, no new workshops or sessions there; its history stays. */
export const VENUE_STATUSES = ['active', 'proposed', 'archived'] as const;

/** `GET /api/venues/{id}`, and every change of a venue. */
export const venueResponse = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  commune: z.string().describe('Commune id (slug), e.g. `vassieux-en-vercors`'),
  maxCapacity: z.number().int().describe('The most people a session there may take'),
  accessibility: z.string().describe('Free text: step-free access, toilets, parking…'),
  equipment: z.array(z.string()),
  status: z
    .enum(VENUE_STATUSES)
    .describe('`proposed` by a host until a coordinator makes it `active`; `archived`: retired'),
  proposedBy: z.string().nullable().describe('The host who proposed it (account id), if one did'),
  createdAt: instant,
  version: z.number().int().describe('Grows with every change; the ETag is `W/"<version>"`'),
});
export type VenueResponse = z.infer<typeof venueResponse>;

/** A kind of workshop (`GET /api/workshops/kinds`). */
export const kindResponse = z.object({
  id: z.string().describe('Slug, e.g. `repair-cafe`'),
  label: z.string(),
  archivedAt: instant.nullable().describe('Retired: no longer offered for new workshops'),
});
export type KindResponse = z.infer<typeof kindResponse>;

const pricePolicyResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('free') }),
  z.object({
    type: z.literal('suggested'),
    suggestedCents: cents.describe('Suggested contribution, in euro cents'),
  }),
]);

/** `GET /api/workshops/{id}`, and every change of a workshop. */
export const workshopResponse = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string().describe('A kind id (GET /api/workshops/kinds)'),
  description: z.string(),
  hostIds: z.array(z.string()),
  hosts: z
    .array(z.object({ id: z.string(), displayName: z.string().nullable() }))
    .describe('The hosts, named (null: not known to this service yet)'),
  defaultVenueId: z.string().nullable(),
  commune: z
    .string()
    .nullable()
    .describe('Commune of the default venue: where the catalogue finds the workshop'),
  defaultCapacity: z.number().int(),
  defaultDurationMinutes: z.number().int(),
  audience: z.object({
    ages: z.string().optional().describe('Free text, e.g. `8 ans et plus`'),
    languages: z.array(z.string()),
  }),
  pricePolicy: pricePolicyResponse,
  status: z.enum(WORKSHOP_STATUSES),
  projectId: z
    .string()
    .optional()
    .describe('The winning participatory-budget project it carries out, if linked'),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int().describe('Grows with every change; the ETag is `W/"<version>"`'),
});
export type WorkshopResponse = z.infer<typeof workshopResponse>;

/** A session as every route of a session answers it (its seats left: see catalogueSession). */
export const sessionResponse = z.object({
  id: z.string(),
  workshopId: z.string(),
  seriesId: z
    .string()
    .nullable()
    .describe('The series it was scheduled with (`recurrence`), null for a single session'),
  title: z.string().describe("The workshop's title"),
  kind: z.string(),
  commune: z.string().describe("Commune id of the session's venue"),
  venueId: z.string(),
  hostIds: z.array(z.string()),
  startsAt: instant,
  endsAt: instant,
  durationMinutes: z.number().int(),
  capacity: z.number().int(),
  bookingOpensAt: instant,
  bookingClosesHoursBefore: z
    .number()
    .int()
    .describe('Booking closes this many hours before the start'),
  bookingClosesAt: instant,
  status: z.enum(SESSION_STATUSES),
  cancellationReason: z.string().nullable(),
  sequence: z.number().int().describe('RFC 5545 SEQUENCE: grows with every reschedule'),
  updatedAt: instant,
  version: z.number().int().describe('Grows with every change; the ETag is `W/"<version>"`'),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

/** A session with its seats left: the catalogue (`GET /api/sessions`) and `GET /api/sessions/{id}`. */
export const catalogueSessionResponse = sessionResponse.extend({
  seatsLeft: z
    .number()
    .int()
    .describe("From bookings' availability events: the whole capacity until bookings reports"),
});
export type CatalogueSessionResponse = z.infer<typeof catalogueSessionResponse>;

/** `POST /api/workshops/{id}/sessions`: one session as itself, a series as the list of its sessions. */
export const scheduledSessionsResponse = z.union([sessionResponse, pageSchema(sessionResponse)]);
export type ScheduledSessionsResponse = z.infer<typeof scheduledSessionsResponse>;

/** One date a session or series would have (`POST /api/workshops/{id}/sessions/preview`). */
export const occurrenceResponse = z.object({ startsAt: instant, endsAt: instant });
export type OccurrenceResponse = z.infer<typeof occurrenceResponse>;
