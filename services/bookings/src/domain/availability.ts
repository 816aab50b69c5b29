import {
  sessionAvailabilityChangedV1,
  sessionAvailabilityChangedV2,
  type Envelope,
} from '@fabrique/contracts';
import { SOURCE } from './booking-events.js';
import type { SessionRecord } from './session.js';

/** A session's bookings as the live view counts them (seats held include open offers). */
export interface SeatCounts {
  held: number;
  confirmed: number;
  waitlisted: number;
}

/**
 * A session's seats, in both versions of the event: v2 ordered by the session's booking
 * sequence (the same on every replica that has seen the same changes), v1 by the replica's
 * clock version, for the consumers that have not moved to v2 yet. Derived, not a fact: sent
 * directly, not through an outbox (views/availability-publisher.ts).
 */
export function availabilityChanged(
  session: Pick<SessionRecord, 'id' | 'capacity'>,
  counts: SeatCounts,
  order: { sequence: number; clockVersion: number },
): Envelope[] {
  const seats = {
    sessionId: session.id,
    capacity: session.capacity,
    confirmed: counts.confirmed,
    seatsLeft: Math.max(0, session.capacity - counts.held),
    waitlisted: counts.waitlisted,
  };
  const origin = { subject: session.id, source: SOURCE };
  return [
    sessionAvailabilityChangedV2.create(origin, { ...seats, sequence: order.sequence }),
    sessionAvailabilityChangedV1.create(origin, { ...seats, version: order.clockVersion }),
  ];
}
