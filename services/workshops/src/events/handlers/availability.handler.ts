import type { EventOf, sessionAvailabilityChangedV2 } from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { WorkshopsModels } from '../../store/models.js';
import { findSession, monthOf } from '../../store/session.store.js';

/**
 * Seats left per session, from bookings: the catalogue's "places disponibles". The largest
 * booking sequence wins (v1's clock versions are kept apart, in `version`, and ignored).
 */
export function onAvailabilityChanged(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof sessionAvailabilityChangedV2>) => {
    const { sessionId, capacity, confirmed, seatsLeft, sequence } = data;
    // The session's end month, as on the session: the live catalogue reads seats by month.
    const session = await findSession(models, sessionId);
    const month = session ? { endMonth: monthOf(session.endsAt) } : {};
    await upsertIfNewer(
      models.availability,
      sessionId,
      sequence,
      { capacity, confirmed, seatsLeft, ...month },
      'sequence',
    );
  };
}
