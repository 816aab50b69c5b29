import type { SessionData } from '@fabrique/contracts';
import { projectSession, findSession } from '../../store/session.store.js';
import { cancelSessionBookings } from '../../use-cases/cancel.js';
import type { BookingsDeps } from '../../use-cases/deps.js';
import { fillFromWaitlist } from '../../use-cases/offers.js';

interface SessionEvent {
  time: string;
  data: SessionData & { reason?: string };
}

/**
 * Every session event updates the projection (newest version wins), then the reaction the
 * session's current state calls for runs: it is idempotent, so a redelivered or reordered
 * event is harmless and a reaction cut short by a crash finishes on redelivery.
 */
export function onSessionChanged(deps: BookingsDeps, afterProjection: (sessionId: string) => void) {
  return async ({ time, data }: SessionEvent) => {
    await projectSession(deps.models, data, new Date(time));
    deps.sessions.seen(data, new Date(time));
    afterProjection(data.sessionId);
    const session = await findSession(deps.models, data.sessionId);
    if (!session) return;
    if (session.status === 'cancelled')
      await cancelSessionBookings(deps, session.id, data.reason ?? 'Séance annulée');
    else await fillFromWaitlist(deps, session.id);
  };
}
