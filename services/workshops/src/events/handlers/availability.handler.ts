import type { EventOf, sessionAvailabilityChangedV1 } from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { WorkshopsModels } from '../../store/models.js';

/** Seats left per session, from bookings: the catalogue's "places disponibles". */
export function onAvailabilityChanged(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof sessionAvailabilityChangedV1>) => {
    const { sessionId, capacity, confirmed, seatsLeft, version } = data;
    await upsertIfNewer(models.availability, sessionId, version, {
      capacity,
      confirmed,
      seatsLeft,
    });
  };
}
