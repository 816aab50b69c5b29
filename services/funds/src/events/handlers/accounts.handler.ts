import type {
  accountDeletedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  EventOf,
  organisationArchivedV1,
  organisationCreatedV1,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { FundsModels } from '../../store/models.js';

/** Organisations (funders): name for statements, kind for the category, commune for shares. */
export function onOrganisationCreated(models: FundsModels) {
  return async ({ data }: EventOf<typeof organisationCreatedV1>) => {
    const { organisationId, name, kind, commune } = data;
    await upsertIfNewer(models.organisations, organisationId, 1, { name, kind, commune });
  };
}

/** An archived organisation gives no new money (its payments stay in the ledger). */
export function onOrganisationArchived(models: FundsModels) {
  return async ({ data }: EventOf<typeof organisationArchivedV1>) => {
    await models.organisations.updateOne(
      { _id: data.organisationId },
      { $set: { archivedAt: new Date(data.archivedAt) } },
      { upsert: true },
    );
  };
}

/** People, for the name on a resident's statement and certificate. */
export function onAccountRegistered(models: FundsModels) {
  return async ({ data }: EventOf<typeof accountRegisteredV1>) => {
    const { accountId, displayName, commune } = data;
    await upsertIfNewer(models.people, accountId, 1, { displayName, commune, deleted: false });
  };
}

export function onAccountUpdated(models: FundsModels) {
  return async ({ data }: EventOf<typeof accountUpdatedV1>) => {
    const { accountId, displayName, commune, version } = data;
    await upsertIfNewer(models.people, accountId, version, { displayName, commune });
  };
}

/**
 * Erasure: the name goes. Ledger entries keep the bare account id — a funder's payments must
 * stay accounted for — but nothing that names the person.
 */
export function onAccountDeleted(models: FundsModels) {
  return async ({ data }: EventOf<typeof accountDeletedV1>) => {
    await upsertIfNewer(models.people, data.accountId, data.version, {
      displayName: 'Compte supprimé',
      deleted: true,
    });
  };
}
