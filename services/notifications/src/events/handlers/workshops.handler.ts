import type {
  EventOf,
  SessionData,
  sessionCancelledV1,
  sessionRescheduledV1,
  venueRegisteredV1,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { NotificationsModels } from '../../store/models.js';
import { sessionFacts } from '../../store/session.store.js';
import { activeBookingsOf, bookingsHitByCancellation } from '../../store/booking.store.js';
import type { NotificationsDeps } from '../../use-cases/deps.js';
import { isFresh, notify } from '../../use-cases/notify.js';

/** Keeps the newest state of a session: every session event carries all of it. */
export async function projectSession(models: NotificationsModels, s: SessionData): Promise<void> {
  await upsertIfNewer(models.sessions, s.sessionId, s.version, {
    title: s.title,
    commune: s.commune,
    venueId: s.venueId,
    hostIds: s.hostIds,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    durationMinutes: s.durationMinutes,
    status: s.status,
  });
}

export function onSessionChanged(models: NotificationsModels) {
  return async ({ data }: { data: SessionData }) => projectSession(models, data);
}

export function onVenueChanged(models: NotificationsModels) {
  return async ({ data }: { data: EventOf<typeof venueRegisteredV1>['data'] }) => {
    const { venueId, name, address, commune, version } = data;
    await upsertIfNewer(models.venues, venueId, version, { name, address, commune });
  };
}

/** Everyone still booked or waiting hears that the session moved (once per change). */
export function onSessionRescheduled(deps: NotificationsDeps) {
  return async (event: EventOf<typeof sessionRescheduledV1>) => {
    const { data } = event;
    await projectSession(deps.models, data);
    if (!isFresh(deps, event.time)) return;
    const session = await sessionFacts(deps.models, data.sessionId);
    if (!session) return;
    for (const booking of await activeBookingsOf(deps.models, data.sessionId)) {
      await notify(deps, {
        factKey: `session-rescheduled:${data.sessionId}:${data.version}`,
        recipientId: booking.residentId,
        context: {
          kind: 'session-rescheduled',
          session,
          bookingId: booking._id,
          previousStartsAt: data.previousStartsAt,
        },
      });
    }
  };
}

/**
 * Everyone booked hears it once, with the host's reason. Bookings cancels each booking too
 * (booking.cancelled, cause session-cancelled): both paths share the fact key, so whichever
 * comes first writes the one notification.
 */
export function onSessionCancelled(deps: NotificationsDeps) {
  return async (event: EventOf<typeof sessionCancelledV1>) => {
    const { data } = event;
    await projectSession(deps.models, data);
    if (!isFresh(deps, event.time)) return;
    const session = await sessionFacts(deps.models, data.sessionId);
    if (!session) return;
    for (const booking of await bookingsHitByCancellation(deps.models, data.sessionId)) {
      await notify(deps, {
        factKey: `session-cancelled:${data.sessionId}`,
        recipientId: booking.residentId,
        context: {
          kind: 'session-cancelled',
          session,
          bookingId: booking._id,
          reason: data.reason,
        },
      });
    }
  };
}
