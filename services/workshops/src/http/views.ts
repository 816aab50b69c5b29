import type {
  CatalogueSessionResponse,
  KindResponse,
  OccurrenceResponse,
  SessionResponse,
  VenueResponse,
  WorkshopResponse,
} from '@fabrique/contracts';
import type { Session } from '../domain/session.js';
import { bookingClosesAt } from '../domain/session.js';
import type { Venue } from '../domain/venue.js';
import type { Workshop } from '../domain/workshop.js';

// Field by field, so that what is stored beside the domain's fields never reaches a client.

export function venueView(venue: Venue): VenueResponse {
  const { id, name, address, commune, maxCapacity, accessibility, equipment, status } = venue;
  return {
    id,
    name,
    address,
    commune,
    maxCapacity,
    accessibility,
    equipment,
    status,
    proposedBy: venue.proposedBy,
    createdAt: venue.createdAt.toISOString(),
    version: venue.version,
  };
}

export const kindView = (k: {
  _id: string;
  label: string;
  archivedAt?: Date | null;
}): KindResponse => ({
  id: k._id,
  label: k.label,
  archivedAt: k.archivedAt?.toISOString() ?? null,
});

export function workshopView(workshop: Workshop, names: Map<string, string>): WorkshopResponse {
  const { id, title, kind, description, hostIds, defaultVenueId, commune } = workshop;
  const { defaultCapacity, defaultDurationMinutes, audience, pricePolicy, status } = workshop;
  return {
    id,
    title,
    kind,
    description,
    hostIds,
    hosts: hostIds.map((hostId) => ({ id: hostId, displayName: names.get(hostId) ?? null })),
    defaultVenueId,
    commune,
    defaultCapacity,
    defaultDurationMinutes,
    audience,
    pricePolicy,
    status,
    ...(workshop.projectId && { projectId: workshop.projectId }),
    createdAt: workshop.createdAt.toISOString(),
    updatedAt: workshop.updatedAt.toISOString(),
    version: workshop.version,
  };
}

export function sessionView(session: Session): SessionResponse {
  const { id, workshopId, seriesId, title, kind, commune, venueId, hostIds } = session;
  const { durationMinutes, capacity, bookingClosesHoursBefore, status } = session;
  return {
    id,
    workshopId,
    seriesId,
    title,
    kind,
    commune,
    venueId,
    hostIds,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    durationMinutes,
    capacity,
    bookingOpensAt: session.bookingOpensAt.toISOString(),
    bookingClosesHoursBefore,
    bookingClosesAt: bookingClosesAt(session).toISOString(),
    status,
    cancellationReason: session.cancellationReason,
    sequence: session.sequence,
    updatedAt: session.updatedAt.toISOString(),
    version: session.version,
  };
}

/** A date a session or series would have. */
export const occurrenceView = (d: { startsAt: Date; endsAt: Date }): OccurrenceResponse => ({
  startsAt: d.startsAt.toISOString(),
  endsAt: d.endsAt.toISOString(),
});

/** With its seats left: the catalogue and `GET /api/sessions/{id}`. */
export const catalogueSessionView = (
  session: Session & { seatsLeft: number },
): CatalogueSessionResponse => ({ ...sessionView(session), seatsLeft: session.seatsLeft });
