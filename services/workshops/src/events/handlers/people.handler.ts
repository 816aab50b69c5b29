import type {
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  EventOf,
} from '@fabrique/contracts';
import type { WorkshopsModels } from '../../store/models.js';
import { upsertIfNewer } from '@fabrique/service-kit';

// Accounts versions each person's changes (registered = 1). The name and the roles keep
// their own newest version, so redelivered and reordered events change nothing, and an older
// rename arriving after a newer role change still applies.

function setName(
  models: WorkshopsModels,
  accountId: string,
  version: number,
  fields: Record<string, unknown>,
) {
  return upsertIfNewer(models.people, accountId, version, fields, 'nameVersion');
}

function setRoles(models: WorkshopsModels, accountId: string, version: number, roles: string[]) {
  return upsertIfNewer(models.people, accountId, version, { roles }, 'rolesVersion');
}

export function onAccountRegistered(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountRegisteredV1>) => {
    await setName(models, data.accountId, 1, { displayName: data.displayName, deleted: false });
    await setRoles(models, data.accountId, 1, data.roles);
  };
}

export function onAccountUpdated(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountUpdatedV1>) => {
    await setName(models, data.accountId, data.version, { displayName: data.displayName });
  };
}

/** A revoked host role takes effect here at once, whatever their token still says. */
export function onRolesChanged(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountRolesChangedV1>) => {
    await setRoles(models, data.accountId, data.version, data.roles);
  };
}

/** Right to erasure: the name goes, the id stays (sessions refer to it). */
export function onAccountDeleted(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof accountDeletedV1>) => {
    await setName(models, data.accountId, data.version, {
      displayName: 'Compte supprimé',
      deleted: true,
    });
    await setRoles(models, data.accountId, data.version, []);
  };
}
