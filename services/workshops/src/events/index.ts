import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  communeAddedV1,
  communeArchivedV1,
  projectSelectedV1,
  sessionAvailabilityChangedV2,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
  workshopArchivedV1,
  workshopPublishedV1,
  workshopUpdatedV1,
} from '@fabrique/contracts';
import type { WorkshopsModels } from '../store/models.js';
import type { CatalogueIndex } from '../views/catalogue-index.js';
import { onAvailabilityChanged } from './handlers/availability.handler.js';
import {
  onCommuneAdded,
  onCommuneArchived,
  onProjectSelected,
} from './handlers/communes.handler.js';
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
    on(communeAddedV1, onCommuneAdded(models)),
    on(communeArchivedV1, onCommuneArchived(models)),
    on(projectSelectedV1, onProjectSelected(models)),
    on(sessionAvailabilityChangedV2, onAvailabilityChanged(models)),
  ];
}

/**
 * What keeps this replica's catalogue view current (followed by every replica, see
 * views/catalogue-index.ts): session and workshop events say what to re-read; availability
 * events carry the seats themselves. Followed before the view loads, so that nothing published
 * meanwhile is missed (re-reading is idempotent).
 */
export function viewSubscriptions(catalogue: CatalogueIndex): Subscription[] {
  const refreshSession = async ({ data }: { data: { sessionId: string } }) =>
    catalogue.refreshSession(data.sessionId);
  const refreshWorkshop = async ({ data }: { data: { workshopId: string } }) =>
    catalogue.refreshWorkshop(data.workshopId);
  return [
    on(sessionScheduledV1, refreshSession),
    on(sessionRescheduledV1, refreshSession),
    on(sessionCapacityChangedV1, refreshSession),
    on(sessionCancelledV1, refreshSession),
    on(sessionCompletedV1, refreshSession),
    on(workshopPublishedV1, refreshWorkshop),
    on(workshopUpdatedV1, refreshWorkshop),
    on(workshopArchivedV1, refreshWorkshop),
    on(sessionAvailabilityChangedV2, ({ data }) => {
      catalogue.setSeats(data.sessionId, data.seatsLeft, data.sequence);
      return Promise.resolve();
    }),
  ];
}
