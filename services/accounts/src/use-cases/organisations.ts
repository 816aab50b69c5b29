import { newId } from '@fabrique/contracts';
import { accountErrors } from '../domain/errors.js';
import {
  archiveOrganisation,
  changeMembership,
  createOrganisation,
  type Organisation,
} from '../domain/organisation.js';
import { findAccount } from '../store/account.store.js';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  saveArchived,
  saveMembership,
} from '../store/organisation.store.js';
import { knownCommune } from './accounts.js';
import type { AccountsDeps } from './deps.js';

/** Every organisation, the archived ones too when asked. */
export function organisations(deps: AccountsDeps, archived: boolean): Promise<Organisation[]> {
  return listOrganisations(deps.models.organisations, archived);
}

/** A coordinator adds a funder; a commune given by name is resolved to its id. */
export async function addOrganisation(
  deps: AccountsDeps,
  input: Parameters<typeof createOrganisation>[0],
): Promise<Organisation> {
  const commune = input.commune === undefined ? undefined : await knownCommune(deps, input.commune);
  const { organisation, events } = createOrganisation({ ...input, commune }, newId(), deps.now());
  await deps.outbox.save(deps.models.organisations, organisation.id, undefined, () =>
    insertOrganisation(deps.models.organisations, organisation, events),
  );
  return organisation;
}

/** A coordinator retires an organisation (once: archiving it again changes nothing). */
export async function retireOrganisation(
  deps: AccountsDeps,
  by: string,
  organisationId: string,
): Promise<Organisation> {
  const found = await findOrganisation(deps.models.organisations, organisationId);
  if (!found) throw accountErrors.ORGANISATION_NOT_FOUND();
  const { organisation, events } = archiveOrganisation(found, by, deps.now());
  if (events.length > 0) {
    await deps.outbox.save(deps.models.organisations, organisation.id, undefined, () =>
      saveArchived(deps.models.organisations, organisation, events),
    );
  }
  return organisation;
}

/** Coordinators let people act for an organisation (not an archived one), or stop them. */
export async function setMembership(
  deps: AccountsDeps,
  by: string,
  organisationId: string,
  accountId: string,
  active: boolean,
): Promise<void> {
  const organisation = await findOrganisation(deps.models.organisations, organisationId);
  if (!organisation) throw accountErrors.ORGANISATION_NOT_FOUND();
  if (active && organisation.archivedAt) throw accountErrors.ORGANISATION_ARCHIVED();
  const account = await findAccount(deps.models.accounts, accountId);
  if (!account || account.deletedAt) throw accountErrors.ACCOUNT_NOT_FOUND();
  const { membership, events } = changeMembership(
    organisationId,
    accountId,
    active,
    by,
    deps.now(),
  );
  await deps.outbox.save(deps.models.memberships, `${organisationId}:${accountId}`, undefined, () =>
    saveMembership(deps.models.memberships, membership, events),
  );
}
