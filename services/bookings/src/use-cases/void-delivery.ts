import type { DeliveryVoidResponse } from '@fabrique/contracts';
import { bookingErrors } from '../domain/errors.js';
import { voidSessionDelivery } from '../domain/roster.js';
import { findClosure, insertVoid } from '../store/attendance.store.js';
import { sessionOrFail } from './book.js';
import type { Actor, BookingsDeps } from './deps.js';

/**
 * A coordinator voids a closed session's delivery with a reason (held by mistake, or not at
 * all): the closure stays as it was recorded, and the fund stops counting its hours from the
 * `session.delivery-voided` event. Once per session (an insert keyed by the session).
 */
export async function voidDelivery(
  deps: BookingsDeps,
  actor: Actor,
  sessionId: string,
  reason: string,
): Promise<DeliveryVoidResponse> {
  const session = await sessionOrFail(deps, sessionId);
  if (!(await findClosure(deps.models, sessionId))) throw bookingErrors.ROSTER_NOT_CLOSED();
  const { voided, events } = voidSessionDelivery(session, reason, actor.accountId, deps.now());
  const inserted = await deps.outbox.save(deps.models.voids, sessionId, events, () =>
    insertVoid(deps.models, sessionId, voided, events),
  );
  if (!inserted) throw bookingErrors.DELIVERY_VOIDED();
  return { sessionId, ...voided, voidedAt: voided.voidedAt.toISOString() };
}
