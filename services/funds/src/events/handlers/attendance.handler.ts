import type {
  EventOf,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
  workshopPublishedV1,
  workshopUpdatedV1,
} from '@fabrique/contracts';
import { deliveryFromData, voidFromData } from '../../domain/delivery.js';
import { insertDelivery, insertVoid } from '../../store/delivery.store.js';
import type { FundsDeps } from '../../use-cases/deps.js';
import { declareDoorMoney } from '../../use-cases/door-money.js';

/**
 * A closed session becomes delivered hours, and its door money a declaration, once: the record's id is the session's, and
 * bookings closes a session's attendance once, so a redelivered event meets the record.
 */
export function onAttendanceClosed(deps: FundsDeps) {
  return async ({ id, data }: EventOf<typeof sessionAttendanceClosedV1>) => {
    const delivery = deliveryFromData(data);
    // Every replica's view takes it from the event (events/index.ts, viewSubscriptions).
    await insertDelivery(deps.models, delivery, { eventId: id, closedAt: new Date(data.closedAt) });
    await declareDoorMoney(deps, data);
  };
}

/** A voided delivery stops counting, once (the record's id is the session's). */
export function onDeliveryVoided(deps: FundsDeps) {
  return async ({ data }: EventOf<typeof sessionDeliveryVoidedV1>) => {
    await insertVoid(deps.models, voidFromData(data));
  };
}

/** A workshop that carries out a winning project: its sessions count for what the vote produced. */
export function onWorkshopOfProject(deps: FundsDeps) {
  return async ({
    data,
  }: EventOf<typeof workshopPublishedV1> | EventOf<typeof workshopUpdatedV1>) => {
    if (!data.projectId) return;
    await deps.models.projectWorkshops.updateOne(
      { _id: data.workshopId },
      { $set: { projectId: data.projectId } },
      { upsert: true },
    );
  };
}
