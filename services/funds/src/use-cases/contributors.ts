import { assertVerified, isCoordinator } from '../domain/actor.js';
import { fundErrors } from '../domain/errors.js';
import type { FunderCategory } from '../domain/fund.js';
import type { Funder } from '../domain/statement.js';
import { findRecord } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: 'municipality' | 'business' | 'association';
  commune: string | null;
  archivedAt?: Date | null;
}

export interface ResolvedContributor {
  funder: Funder;
  category: FunderCategory;
  commune: string | null;
}

const CATEGORY_OF_KIND: Record<OrganisationRecord['kind'], FunderCategory> = {
  municipality: 'municipalities',
  business: 'businesses',
  association: 'businesses',
};

/** Members act for their organisation; coordinators record for any (the treasurer's receipts). */
export function assertActsFor(actor: Actor, organisationId: string): void {
  if (isCoordinator(actor)) return;
  if (!actor.organisations.includes(organisationId)) throw fundErrors.NOT_A_MEMBER();
  assertVerified(actor);
}

/**
 * Who pays: an organisation the caller acts for (a town hall counts as a municipality, a
 * business or an association as a business), or the caller as a resident of their commune.
 */
export async function contributorFor(
  deps: FundsDeps,
  actor: Actor,
  organisationId: string | undefined,
): Promise<ResolvedContributor> {
  if (organisationId === undefined)
    return {
      funder: { type: 'account', id: actor.accountId, name: actor.accountId },
      category: 'residents',
      commune: actor.commune,
    };
  assertActsFor(actor, organisationId);
  const organisation = await findRecord<OrganisationRecord>(
    deps.models.organisations,
    organisationId,
  );
  if (!organisation) throw fundErrors.ORGANISATION_NOT_FOUND();
  if (organisation.archivedAt) throw fundErrors.ORGANISATION_ARCHIVED();
  return {
    funder: { type: 'organisation', id: organisation.id, name: organisation.name },
    category: CATEGORY_OF_KIND[organisation.kind],
    commune: organisation.commune,
  };
}
