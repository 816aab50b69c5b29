import type {
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
} from '@fabrique/contracts';
import { type EventOf } from '@fabrique/contracts';
import { upsertIfNewer } from '../../store/projection.store.js';
import type { WorkshopsModels } from '../../store/models.js';

// Accounts versions each person's changes (registered = 1): the projection keeps the newest,
// so redelivered and reordered events change nothing.

export function onAccountRegistered(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountRegisteredV1>) => {
    await upsertIfNewer(models.people, data.accountId, 1, {
      displayName: data.displayName,
      roles: data.roles,
      deleted: false,
    });
  };
}

export function onAccountUpdated(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountUpdatedV1>) => {
    // A name change alone: roles stay as the last roles event set them.
    await upsertIfNewer(models.people, data.accountId, data.version, {
      displayName: data.displayName,
    });
  };
}

/** A revoked host role takes effect here at once, whatever their token still says. */
export function onRolesChanged(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountRolesChangedV1>) => {
    await upsertIfNewer(models.people, data.accountId, data.version, { roles: data.roles });
  };
}

/** Right to erasure: the name goes, the id stays (sessions refer to it). */
export function onAccountDeleted(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountDeletedV1>) => {
    await upsertIfNewer(models.people, data.accountId, data.version, {
      displayName: 'Compte supprimé',
      roles: [],
      deleted: true,
    });
  };
}
