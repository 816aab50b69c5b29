import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  accountEmailChangedV1,
  attendanceRecordedV1,
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingOfferExpiredV1,
  bookingOfferedV1,
  bookingPromotedV1,
  bookingWaitlistedV1,
  type BookingData,
  type SessionData,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
} from '@fabrique/contracts';
import type { BookingsDeps } from '../use-cases/deps.js';
import type { LiveBookings } from '../views/live-bookings.js';
import type { SessionCache } from '../views/session-cache.js';
import { bookingFromData } from './booking-events.js';
import {
  onAccountDeleted,
  onAccountRegistered,
  onAccountUpdated,
  onAccountEmailChanged,
} from './handlers/people.handler.js';
import { onSessionChanged } from './handlers/session.handler.js';

export const DURABLE = 'bookings--reactions';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(
  deps: BookingsDeps,
  afterSessionProjection: (sessionId: string) => void,
): Subscription[] {
  const onSession = onSessionChanged(deps, afterSessionProjection);
  return [
    on(sessionScheduledV1, onSession),
    on(sessionRescheduledV1, onSession),
    on(sessionCapacityChangedV1, onSession),
    on(sessionCancelledV1, onSession),
    on(sessionCompletedV1, onSession),
    on(accountRegisteredV1, onAccountRegistered(deps.models)),
    on(accountUpdatedV1, onAccountUpdated(deps.models)),
    on(accountEmailChangedV1, onAccountEmailChanged(deps.models)),
    on(accountDeletedV1, onAccountDeleted(deps)),
  ];
}

/**
 * What keeps this replica's views current (followed by every replica, unlike the durable
 * consumer above): every replica's booking changes for the live bookings
 * (views/live-bookings.ts), the session events for the session cache (views/session-cache.ts).
 */
export function viewSubscriptions(views: {
  live: LiveBookings;
  sessions: SessionCache;
}): Subscription[] {
  const booking = ({ data }: { data: BookingData & Record<string, unknown> }) => {
    views.live.apply(bookingFromData(data));
    return Promise.resolve();
  };
  const session = ({ data, time }: { data: SessionData; time: string }) => {
    views.sessions.seen(data, new Date(time));
    return Promise.resolve();
  };
  return [
    on(bookingConfirmedV1, booking),
    on(bookingWaitlistedV1, booking),
    on(bookingOfferedV1, booking),
    on(bookingOfferExpiredV1, booking),
    on(bookingCancelledV1, booking),
    on(bookingPromotedV1, booking),
    on(attendanceRecordedV1, ({ data }) => {
      if (data.entry.type === 'booking') views.live.apply(bookingFromData(data.entry.booking));
      return Promise.resolve();
    }),
    on(sessionScheduledV1, session),
    on(sessionRescheduledV1, session),
    on(sessionCapacityChangedV1, session),
    on(sessionCancelledV1, session),
    on(sessionCompletedV1, session),
  ];
}
