import {
  organisationArchivedV1,
  organisationCreatedV1,
  organisationMembershipChangedV1,
  type Envelope,
} from '@fabrique/contracts';
import { SOURCE } from './account.js';
import { accountErrors } from './errors.js';

export type OrganisationKind = 'municipality' | 'business' | 'association';

/** A funder of the network: a town hall (one per commune), a business or an association. */
export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  commune: string | null;
  createdAt: Date;
  /** Retired by a coordinator: no new members or money in its name; its history stays. */
  archivedAt: Date | null;
}

export interface Membership {
  organisationId: string;
  accountId: string;
  active: boolean;
  changedAt: Date;
}

export function createOrganisation(
  input: { name: string; kind: OrganisationKind; commune?: string | undefined },
  id: string,
  now: Date,
): { organisation: Organisation; events: Envelope[] } {
  if (input.kind === 'municipality' && !input.commune)
    throw accountErrors.MUNICIPALITY_NEEDS_COMMUNE();
  const organisation: Organisation = {
    id,
    name: input.name.trim(),
    kind: input.kind,
    commune: input.commune ?? null,
    createdAt: now,
    archivedAt: null,
  };
  const event = organisationCreatedV1.create(
    { subject: id, source: SOURCE },
    {
      organisationId: id,
      name: organisation.name,
      kind: organisation.kind,
      commune: organisation.commune,
      createdAt: now.toISOString(),
    },
    now,
  );
  return { organisation, events: [event] };
}

export function changeMembership(
  organisationId: string,
  accountId: string,
  active: boolean,
  by: string,
  now: Date,
): { membership: Membership; events: Envelope[] } {
  const event = organisationMembershipChangedV1.create(
    { subject: organisationId, source: SOURCE },
    { organisationId, accountId, active, changedBy: by, changedAt: now.toISOString() },
    now,
  );
  return { membership: { organisationId, accountId, active, changedAt: now }, events: [event] };
}

/** Archiving once: an organisation already archived stays as it is, with no new event. */
export function archiveOrganisation(
  organisation: Organisation,
  by: string,
  now: Date,
): { organisation: Organisation; events: Envelope[] } {
  if (organisation.archivedAt) return { organisation, events: [] };
  const event = organisationArchivedV1.create(
    { subject: organisation.id, source: SOURCE },
    { organisationId: organisation.id, archivedBy: by, archivedAt: now.toISOString() },
    now,
  );
  return { organisation: { ...organisation, archivedAt: now }, events: [event] };
}
