import {
  countOf,
  localized,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
  type Envelope,
  type Locale,
} from '@fabrique/contracts';
import { workshopErrors } from './errors.js';
import type { Venue } from './venue.js';
import { SOURCE, type Workshop } from './workshop.js';

export type SessionStatus = 'scheduled' | 'cancelled' | 'completed';

export interface Session {
  id: string;
  workshopId: string;
  seriesId: string | null;
  /** Copied from the workshop and the venue so that the catalogue is one query. */
  title: string;
  kind: string;
  commune: string;
  tokens: string[];
  listed: boolean;
  venueId: string;
  hostIds: string[];
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  capacity: number;
  bookingOpensAt: Date;
  /** Booking closes this many hours before the start. */
  bookingClosesHoursBefore: number;
  status: SessionStatus;
  cancellationReason: string | null;
  /** RFC 5545 SEQUENCE: grows on each reschedule. */
  sequence: number;
  updatedAt: Date;
  version: number;
}

export interface SessionChange {
  session: Session;
  events: Envelope[];
}

const HOUR_MS = 3_600_000;

export function bookingClosesAt(
  session: Pick<Session, 'startsAt' | 'bookingClosesHoursBefore'>,
): Date {
  return new Date(session.startsAt.getTime() - session.bookingClosesHoursBefore * HOUR_MS);
}

export function sessionEventData(s: Session) {
  return {
    sessionId: s.id,
    workshopId: s.workshopId,
    kind: s.kind,
    title: s.title,
    commune: s.commune,
    venueId: s.venueId,
    hostIds: s.hostIds,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    durationMinutes: s.durationMinutes,
    capacity: s.capacity,
    bookingOpensAt: s.bookingOpensAt.toISOString(),
    bookingClosesAt: bookingClosesAt(s).toISOString(),
    status: s.status,
    version: s.version,
  };
}

const PEOPLE = { fr: ['personne', 'personnes'], en: ['person', 'people'] } as const;
const people = (count: number, locale: Locale) => countOf(count, PEOPLE, locale);

/** A session's status in a French error detail (the English one names it as is). */
const FRENCH_STATUS: Record<SessionStatus, string> = {
  scheduled: 'prévue',
  cancelled: 'annulée',
  completed: 'terminée',
};

export function assertCapacityFits(capacity: number, venue: Venue): void {
  if (capacity > venue.maxCapacity)
    throw workshopErrors.CAPACITY_ABOVE_VENUE(
      localized((locale) =>
        locale === 'fr'
          ? `« ${venue.name} » accueille au plus ${people(venue.maxCapacity, locale)}.`
          : `${venue.name} holds at most ${people(venue.maxCapacity, locale)}.`,
      ),
    );
}

export interface ScheduleInput {
  id: string;
  seriesId: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  bookingOpensAt: Date;
  bookingClosesHoursBefore: number;
}

export function scheduleSession(
  workshop: Workshop,
  venue: Venue,
  input: ScheduleInput,
  now: Date,
): SessionChange {
  assertCapacityFits(input.capacity, venue);
  const session: Session = {
    ...input,
    workshopId: workshop.id,
    title: workshop.title,
    kind: workshop.kind,
    commune: venue.commune,
    tokens: workshop.tokens,
    listed: workshop.status === 'published',
    venueId: venue.id,
    hostIds: workshop.hostIds,
    durationMinutes: Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000),
    status: 'scheduled',
    cancellationReason: null,
    sequence: 0,
    updatedAt: now,
    version: 1,
  };
  return {
    session,
    events: [
      sessionScheduledV1.create(
        { subject: session.id, source: SOURCE },
        sessionEventData(session),
        now,
      ),
    ],
  };
}

function assertScheduled(session: Session): void {
  if (session.status !== 'scheduled')
    throw workshopErrors.SESSION_NOT_SCHEDULED({
      fr: `Cette séance est ${FRENCH_STATUS[session.status]}.`,
      en: `This session is ${session.status}.`,
    });
}

const bump = (session: Session, now: Date, changes: Partial<Session>): Session => ({
  ...session,
  ...changes,
  updatedAt: now,
  version: session.version + 1,
});

export function rescheduleSession(
  current: Session,
  to: { startsAt: Date; endsAt: Date; venue: Venue },
  now: Date,
): SessionChange {
  assertScheduled(current);
  assertCapacityFits(current.capacity, to.venue);
  const session = bump(current, now, {
    startsAt: to.startsAt,
    endsAt: to.endsAt,
    durationMinutes: Math.round((to.endsAt.getTime() - to.startsAt.getTime()) / 60_000),
    venueId: to.venue.id,
    commune: to.venue.commune,
    sequence: current.sequence + 1,
  });
  const data = {
    ...sessionEventData(session),
    previousStartsAt: current.startsAt.toISOString(),
    previousVenueId: current.venueId,
  };
  return {
    session,
    events: [sessionRescheduledV1.create({ subject: session.id, source: SOURCE }, data, now)],
  };
}

/** Never below the seats bookings has confirmed (learnt from its availability events). */
export function changeCapacity(
  current: Session,
  capacity: number,
  venue: Venue,
  confirmed: number,
  now: Date,
): SessionChange {
  assertScheduled(current);
  assertCapacityFits(capacity, venue);
  if (capacity < confirmed)
    throw workshopErrors.CAPACITY_BELOW_CONFIRMED(
      localized((locale) =>
        // French reads 0 and 1 in the singular, English only 1.
        locale === 'fr'
          ? `${people(confirmed, locale)} ${confirmed < 2 ? 'est déjà confirmée' : 'sont déjà confirmées'}.`
          : `${people(confirmed, locale)} ${confirmed === 1 ? 'is' : 'are'} already confirmed.`,
      ),
    );
  const session = bump(current, now, { capacity });
  const data = { ...sessionEventData(session), previousCapacity: current.capacity };
  return {
    session,
    events: [sessionCapacityChangedV1.create({ subject: session.id, source: SOURCE }, data, now)],
  };
}

export function cancelSession(current: Session, reason: string, now: Date): SessionChange {
  assertScheduled(current);
  const session = bump(current, now, {
    status: 'cancelled',
    cancellationReason: reason,
    sequence: current.sequence + 1,
  });
  return {
    session,
    events: [
      sessionCancelledV1.create(
        { subject: session.id, source: SOURCE },
        { ...sessionEventData(session), reason },
        now,
      ),
    ],
  };
}

export function completeSession(current: Session, now: Date): SessionChange {
  assertScheduled(current);
  if (current.startsAt > now) throw workshopErrors.SESSION_NOT_OVER();
  const session = bump(current, now, { status: 'completed' });
  return {
    session,
    events: [
      sessionCompletedV1.create(
        { subject: session.id, source: SOURCE },
        sessionEventData(session),
        now,
      ),
    ],
  };
}
