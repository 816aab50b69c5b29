import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
} from '@fabrique/contracts';
import type { BookingsDeps } from '../use-cases/deps.js';
import {
  onAccountDeleted,
  onAccountRegistered,
  onAccountUpdated,
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
    on(accountDeletedV1, onAccountDeleted(deps)),
  ];
}
