import type {
  accountDeletedV1,
  accountEmailChangedV1,
  accountRegisteredV1,
  emailChangeRequestedV1,
  accountSignedOutV1,
  passwordResetRequestedV1,
  emailVerificationRequestedV1,
  accountUpdatedV1,
  EventOf,
  organisationMembershipChangedV1,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { NotificationsModels } from '../../store/models.js';
import type { NotificationsDeps } from '../../use-cases/deps.js';
import { isFresh, notify } from '../../use-cases/notify.js';

/** Where to write to a person and in which language. */
export function onAccountRegistered(models: NotificationsModels) {
  return async ({ data }: EventOf<typeof accountRegisteredV1>) => {
    const { accountId, email, displayName, locale, commune } = data;
    await upsertIfNewer(models.recipients, accountId, 1, {
      email,
      displayName,
      locale,
      commune,
      deleted: false,
    });
  };
}

export function onAccountUpdated(models: NotificationsModels) {
  return async ({ data }: EventOf<typeof accountUpdatedV1>) => {
    const { accountId, displayName, commune, locale, version } = data;
    await upsertIfNewer(models.recipients, accountId, version, { displayName, commune, locale });
  };
}

/**
 * Erasure: the address and name go, and so do the person's notifications and choices. The
 * tombstone stays so that later events for this account send nothing.
 */
export function onAccountDeleted(models: NotificationsModels) {
  return async ({ data }: EventOf<typeof accountDeletedV1>) => {
    const { accountId, version } = data;
    await upsertIfNewer(models.recipients, accountId, version, {
      email: null,
      displayName: null,
      deleted: true,
    });
    await models.notifications.deleteMany({ recipientId: accountId });
    await models.preferences.deleteOne({ _id: accountId });
    await models.memberships.deleteMany({ accountId });
  };
}

/** Who speaks for an organisation: a town hall's contacts hear when its share falls behind. */
export function onMembershipChanged(models: NotificationsModels) {
  return async ({ data }: EventOf<typeof organisationMembershipChangedV1>) => {
    const { organisationId, accountId, active, changedAt } = data;
    await upsertIfNewer(
      models.memberships,
      `${organisationId}:${accountId}`,
      Date.parse(changedAt),
      { organisationId, accountId, active },
      'changedAtMs',
    );
  };
}

/** A link to email is worth sending only while recent and not yet expired. */
const linkStillUsable = (deps: NotificationsDeps, time: string, expiresAt: string) =>
  isFresh(deps, time) && Date.parse(expiresAt) > deps.now().getTime();

/** A password changed (from the account or by a reset link): the person is told, once. */
export function onSignedOut(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof accountSignedOutV1>) => {
    if (data.reason === 'everywhere' || !isFresh(deps, time)) return;
    await notify(deps, {
      factKey: `account-security:${data.accountId}:${data.version}`,
      recipientId: data.accountId,
      context: { kind: 'account-security', change: data.reason, at: data.at },
    });
  };
}

/**
 * The link of a forgotten password, by email to the account's address. Sent once per link
 * (the link's hash-free fact key is its expiry and account, never the secret itself).
 */
export function onPasswordResetRequested(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof passwordResetRequestedV1>) => {
    if (!linkStillUsable(deps, time, data.expiresAt)) return;
    await notify(deps, {
      factKey: `password-reset-link:${data.accountId}:${data.expiresAt}`,
      recipientId: data.accountId,
      context: { kind: 'password-reset-link', token: data.token, expiresAt: data.expiresAt },
    });
  };
}

/** The link that proves the address, to the account's address (sent once per link). */
export function onEmailVerificationRequested(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof emailVerificationRequestedV1>) => {
    if (!linkStillUsable(deps, time, data.expiresAt)) return;
    await notify(deps, {
      factKey: `email-verification-link:${data.accountId}:${data.expiresAt}`,
      recipientId: data.accountId,
      context: { kind: 'email-verification-link', token: data.token, expiresAt: data.expiresAt },
    });
  };
}

/** The link that proves a new address goes to that address, not the account's (yet). */
export function onEmailChangeRequested(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof emailChangeRequestedV1>) => {
    if (!linkStillUsable(deps, time, data.expiresAt)) return;
    const { accountId, newEmail, token, expiresAt } = data;
    await notify(deps, {
      factKey: `email-change-link:${accountId}:${expiresAt}`,
      recipientId: accountId,
      context: { kind: 'email-change-link', token, expiresAt, newEmail },
      address: newEmail,
    });
  };
}

/**
 * The address changed: messages go to the new one from now on, and the old one is told (in
 * case it was not the person), once.
 */
export function onAccountEmailChanged(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof accountEmailChangedV1>) => {
    const { accountId, email, previousEmail, changedAt, version } = data;
    await upsertIfNewer(deps.models.recipients, accountId, version, { email });
    if (!isFresh(deps, time)) return;
    await notify(deps, {
      factKey: `account-security:${accountId}:${version}`,
      recipientId: accountId,
      context: {
        kind: 'account-security',
        change: 'email-changed',
        at: changedAt,
        newEmail: email,
      },
      address: previousEmail,
    });
  };
}
