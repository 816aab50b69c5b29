import type { EventOf, sessionAttendanceClosedV1 } from '@fabrique/contracts';
import { insertDelivery } from '../../store/delivery.store.js';
import type { FundsDeps } from '../../use-cases/deps.js';
import { deliveryFromData } from '../converters.js';

/**
 * A closed session becomes delivered hours, once: the record's id is the session's, and
 * bookings closes a session's attendance once, so a redelivered event meets the record.
 */
export function onAttendanceClosed(deps: FundsDeps) {
  return async ({ id, data }: EventOf<typeof sessionAttendanceClosedV1>) => {
    const delivery = deliveryFromData(data);
    await insertDelivery(deps.models, delivery, { eventId: id, closedAt: new Date(data.closedAt) });
    await deps.book.addDelivery(delivery);
  };
}
