import { z } from 'zod';
import { defineEvent } from '../define-event.js';

const timestamp = z.iso.datetime({ offset: true });

export const WORKSHOP_STATUSES = ['draft', 'published', 'archived'] as const;
export const SESSION_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;

/** What consumers of workshop events need (bookings, funds, notifications). */
const workshopData = z.object({
  workshopId: z.string(),
  title: z.string(),
  kind: z.string(),
  hostIds: z.array(z.string()),
  defaultVenueId: z.string().nullable(),
  commune: z.string().nullable(),
  status: z.enum(WORKSHOP_STATUSES),
  version: z.number().int().positive(),
  /** The participatory-budget project this workshop carries out (funds: what a vote produced). */
  projectId: z.string().nullable().optional(),
});

export const workshopPublishedV1 = defineEvent(
  'fabrique.workshops.workshop.published.v1',
  workshopData,
);
export const workshopUpdatedV1 = defineEvent(
  'fabrique.workshops.workshop.updated.v1',
  workshopData,
);
export const workshopArchivedV1 = defineEvent(
  'fabrique.workshops.workshop.archived.v1',
  workshopData,
);

/**
 * A session as consumers project it: bookings keeps capacity, times, window, status, hosts
 * and commune; funds the kind, commune and duration. `version` grows with every change of
 * the session, so a consumer keeps the highest and ignores older or repeated events.
 */
export const sessionData = z.object({
  sessionId: z.string(),
  workshopId: z.string(),
  kind: z.string(),
  title: z.string(),
  commune: z.string(),
  venueId: z.string(),
  hostIds: z.array(z.string()),
  startsAt: timestamp,
  endsAt: timestamp,
  durationMinutes: z.number().int().positive(),
  capacity: z.number().int().positive(),
  bookingOpensAt: timestamp,
  bookingClosesAt: timestamp,
  status: z.enum(SESSION_STATUSES),
  version: z.number().int().positive(),
});

export type SessionData = z.infer<typeof sessionData>;

export const sessionScheduledV1 = defineEvent(
  'fabrique.workshops.session.scheduled.v1',
  sessionData,
);
export const sessionRescheduledV1 = defineEvent(
  'fabrique.workshops.session.rescheduled.v1',
  sessionData.extend({ previousStartsAt: timestamp, previousVenueId: z.string() }),
);
export const sessionCapacityChangedV1 = defineEvent(
  'fabrique.workshops.session.capacity-changed.v1',
  sessionData.extend({ previousCapacity: z.number().int().positive() }),
);
export const sessionCancelledV1 = defineEvent(
  'fabrique.workshops.session.cancelled.v1',
  sessionData.extend({ reason: z.string() }),
);
export const sessionCompletedV1 = defineEvent(
  'fabrique.workshops.session.completed.v1',
  sessionData,
);

/** Where sessions happen, as messages to residents name it (sessions carry only `venueId`). */
const venueData = z.object({
  venueId: z.string(),
  name: z.string(),
  address: z.string(),
  commune: z.string(),
  /** `archived`: retired by a coordinator, no new sessions there; its history stays. */
  status: z.enum(['active', 'proposed', 'archived']),
  version: z.number().int().positive(),
});

export const venueRegisteredV1 = defineEvent('fabrique.workshops.venue.registered.v1', venueData);
export const venueUpdatedV1 = defineEvent('fabrique.workshops.venue.updated.v1', venueData);
