import type {
  BookingData,
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingOfferedV1,
  bookingOfferExpiredV1,
  bookingPromotedV1,
  bookingWaitlistedV1,
  EventOf,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { NotificationContext, SessionFacts } from '../../domain/context.js';
import type { NotificationsModels } from '../../store/models.js';
import { sessionFacts } from '../../store/session.store.js';
import type { NotificationsDeps } from '../../use-cases/deps.js';
import { isFresh, notify } from '../../use-cases/notify.js';

/** The session of a booking is not known yet (workshops' events come on another stream). */
export class SessionNotKnownYet extends Error {
  override readonly name = 'SessionNotKnownYet';
}

type Cause = EventOf<typeof bookingCancelledV1>['data']['cause'];

async function projectBooking(
  models: NotificationsModels,
  b: BookingData,
  time: string,
  cause: Cause | null,
) {
  await upsertIfNewer(models.bookings, b.bookingId, b.version, {
    sessionId: b.sessionId,
    residentId: b.residentId,
    seats: b.seats,
    status: b.status,
    cause,
    statusSince: new Date(time),
  });
}

function factKeyOf(context: NotificationContext, b: BookingData): string {
  // Shared with the session.cancelled path: one message per person whichever arrives first.
  if (context.kind === 'session-cancelled') return `session-cancelled:${b.sessionId}`;
  return `${context.kind}:${b.bookingId}:${b.version}`;
}

/** What a booking event tells its resident; null when it tells nothing. */
type Tell<D extends BookingData> = (
  data: D,
  about: { session: SessionFacts; bookingId: string },
) => NotificationContext | null;

/**
 * The steps every booking event shares: keep the booking, then tell its resident what
 * `tell` says. The session is looked up first, so that an event arriving before its session
 * is retried whatever it tells.
 */
async function handleBooking<D extends BookingData>(
  deps: NotificationsDeps,
  event: { time: string; data: D },
  tell: Tell<D>,
  cause: Cause | null = null,
): Promise<void> {
  const { data, time } = event;
  await projectBooking(deps.models, data, time, cause);
  if (!isFresh(deps, time)) return;
  const session = await sessionFacts(deps.models, data.sessionId);
  if (!session) throw new SessionNotKnownYet(`session ${data.sessionId} not known yet`);
  const context = tell(data, { session, bookingId: data.bookingId });
  if (!context) return;
  await notify(deps, { factKey: factKeyOf(context, data), recipientId: data.residentId, context });
}

export function onBookingConfirmed(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingConfirmedV1>) =>
    handleBooking(deps, event, (b, about) => ({
      kind: 'booking-confirmed',
      ...about,
      seats: b.seats,
    }));
}

export function onBookingWaitlisted(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingWaitlistedV1>) =>
    handleBooking(deps, event, (b, about) => ({
      kind: 'booking-waitlisted',
      ...about,
      seats: b.seats,
      position: b.position,
    }));
}

/** An offer without a deadline cannot be answered in time: nothing to tell. */
export function onBookingOffered(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingOfferedV1>) =>
    handleBooking(deps, event, (b, about) =>
      b.offerExpiresAt
        ? { kind: 'booking-offered', ...about, seats: b.seats, offerExpiresAt: b.offerExpiresAt }
        : null,
    );
}

export function onBookingOfferExpired(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingOfferExpiredV1>) =>
    handleBooking(deps, event, (_, about) => ({ kind: 'booking-offer-expired', ...about }));
}

export function onBookingPromoted(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingPromotedV1>) =>
    handleBooking(deps, event, (b, about) => ({
      kind: 'booking-promoted',
      ...about,
      seats: b.seats,
      via: b.via,
    }));
}

/** A booking cancelled with its session says so with the session's message, not its own. */
export function onBookingCancelled(deps: NotificationsDeps) {
  return (event: EventOf<typeof bookingCancelledV1>) =>
    handleBooking(
      deps,
      event,
      (b, about) =>
        b.cause === 'session-cancelled'
          ? { kind: 'session-cancelled', ...about, reason: b.reason ?? '' }
          : { kind: 'booking-cancelled', ...about, cause: b.cause, reason: b.reason },
      event.data.cause,
    );
}
