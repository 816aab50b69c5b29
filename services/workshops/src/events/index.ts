import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  sessionAvailabilityChangedV1,
} from '@fabrique/contracts';
import type { WorkshopsModels } from '../store/models.js';
import { onAvailabilityChanged } from './handlers/availability.handler.js';
import {
  onAccountDeleted,
  onAccountRegistered,
  onAccountUpdated,
  onRolesChanged,
} from './handlers/people.handler.js';

export const DURABLE = 'workshops--projections';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(models: WorkshopsModels): Subscription[] {
  return [
    on(accountRegisteredV1, onAccountRegistered(models)),
    on(accountUpdatedV1, onAccountUpdated(models)),
    on(accountRolesChangedV1, onRolesChanged(models)),
    on(accountDeletedV1, onAccountDeleted(models)),
    on(sessionAvailabilityChangedV1, onAvailabilityChanged(models)),
  ];
}
