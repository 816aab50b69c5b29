import type {
  BookingData,
  bookingCancelledV1,
  bookingPromotedV1,
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

type CancelledBooking = EventOf<typeof bookingCancelledV1>['data'];
type PromotedBooking = EventOf<typeof bookingPromotedV1>['data'];
type AnyBooking = BookingData &
  Partial<Pick<CancelledBooking, 'cause' | 'reason'>> &
  Partial<Pick<PromotedBooking, 'via'>>;

async function projectBooking(models: NotificationsModels, b: AnyBooking, time: string) {
  await upsertIfNewer(models.bookings, b.bookingId, b.version, {
    sessionId: b.sessionId,
    residentId: b.residentId,
    seats: b.seats,
    status: b.status,
    cause: b.cause ?? null,
    statusSince: new Date(time),
  });
}

/** What each booking event tells the resident; null when it tells nothing. */
function contextOf(b: AnyBooking, type: string, session: SessionFacts): NotificationContext | null {
  const base = { session, bookingId: b.bookingId };
  if (type.endsWith('.confirmed.v1')) return { kind: 'booking-confirmed', ...base, seats: b.seats };
  if (type.endsWith('.waitlisted.v1'))
    return { kind: 'booking-waitlisted', ...base, seats: b.seats, position: b.position };
  if (type.endsWith('.offered.v1') && b.offerExpiresAt)
    return { kind: 'booking-offered', ...base, seats: b.seats, offerExpiresAt: b.offerExpiresAt };
  if (type.endsWith('.offer-expired.v1')) return { kind: 'booking-offer-expired', ...base };
  if (type.endsWith('.promoted.v1') && b.via)
    return { kind: 'booking-promoted', ...base, seats: b.seats, via: b.via };
  if (!type.endsWith('.cancelled.v1') || !b.cause) return null;
  if (b.cause === 'session-cancelled')
    return { kind: 'session-cancelled', ...base, reason: b.reason ?? '' };
  return { kind: 'booking-cancelled', ...base, cause: b.cause, reason: b.reason ?? null };
}

function factKeyOf(context: NotificationContext, b: BookingData): string {
  // Shared with the session.cancelled path: one message per person whichever arrives first.
  if (context.kind === 'session-cancelled') return `session-cancelled:${b.sessionId}`;
  return `${context.kind}:${b.bookingId}:${b.version}`;
}

/** Every booking event: keep the booking, then tell its resident what changed. */
export function onBookingEvent(deps: NotificationsDeps) {
  return async (event: { type: string; time: string; data: AnyBooking }) => {
    const { data } = event;
    await projectBooking(deps.models, data, event.time);
    if (!isFresh(deps, event.time)) return;
    const session = await sessionFacts(deps.models, data.sessionId);
    if (!session) throw new SessionNotKnownYet(`session ${data.sessionId} not known yet`);
    const context = contextOf(data, event.type, session);
    if (!context) return;
    await notify(deps, {
      factKey: factKeyOf(context, data),
      recipientId: data.residentId,
      context,
    });
  };
}
