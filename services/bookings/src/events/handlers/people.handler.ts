import type {
  accountDeletedV1,
  accountEmailChangedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  EventOf,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { BookingsModels } from '../../store/models.js';
import { cancelBookingsOfDeletedAccount } from '../../use-cases/cancel.js';
import type { BookingsDeps } from '../../use-cases/deps.js';

// Accounts versions each person's changes (registered = 1); the newest version wins.

export function onAccountRegistered(models: BookingsModels) {
  return async ({ data }: EventOf<typeof accountRegisteredV1>) => {
    const { accountId, displayName, email, commune } = data;
    await upsertIfNewer(models.people, accountId, 1, {
      displayName,
      email,
      commune,
      deleted: false,
    });
  };
}

export function onAccountUpdated(models: BookingsModels) {
  return async ({ data }: EventOf<typeof accountUpdatedV1>) => {
    const { accountId, displayName, commune, version } = data;
    await upsertIfNewer(models.people, accountId, version, { displayName, commune });
  };
}

/** A new address, proved by the person: the old one is forgotten. */
export function onAccountEmailChanged(models: BookingsModels) {
  return async ({ data }: EventOf<typeof accountEmailChangedV1>) => {
    await upsertIfNewer(models.people, data.accountId, data.version, { email: data.email });
  };
}

/**
 * Right to erasure: name and address go; the commune stays, as it only feeds counts per
 * commune, and the bookings keep the bare account id. Upcoming seats are given up.
 */
export function onAccountDeleted(deps: BookingsDeps) {
  return async ({ data }: EventOf<typeof accountDeletedV1>) => {
    await upsertIfNewer(deps.models.people, data.accountId, data.version, {
      displayName: 'Compte supprimé',
      email: null,
      deleted: true,
    });
    await cancelBookingsOfDeletedAccount(deps, data.accountId);
  };
}
