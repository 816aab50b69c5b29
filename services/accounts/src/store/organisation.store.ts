import { Schema, type Connection, type Model } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';
import type { Envelope } from '@fabrique/contracts';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import { accountErrors } from '../domain/errors.js';
import type { Membership, Organisation } from '../domain/organisation.js';

export interface OrganisationDocument extends Omit<Organisation, 'id'> {
  _id: string;
  /** `municipality:<commune>` for a town hall, the id otherwise: one municipality per commune. */
  uniqueKey: string;
  outbox: Record<string, unknown>[];
}

export interface MembershipDocument extends Omit<Membership, 'organisationId' | 'accountId'> {
  /** `<organisationId>:<accountId>`: one membership per person and organisation. */
  _id: string;
  organisationId: string;
  accountId: string;
  outbox: Record<string, unknown>[];
}

const organisationSchema = trackPendingOutbox(
  new Schema<OrganisationDocument>(
    {
      _id: String,
      name: { type: String, required: true },
      kind: { type: String, required: true },
      commune: { type: String, default: null },
      createdAt: { type: Date, required: true },
      archivedAt: { type: Date, default: null },
      uniqueKey: { type: String, required: true },
      outbox: { type: Schema.Types.Mixed, default: () => [] },
    },
    { collection: 'organisations', versionKey: false, minimize: false },
  ),
);
organisationSchema.index({ uniqueKey: 1 }, { unique: true });

const membershipSchema = trackPendingOutbox(
  new Schema<MembershipDocument>(
    {
      _id: String,
      organisationId: { type: String, required: true },
      accountId: { type: String, required: true },
      active: { type: Boolean, required: true },
      changedAt: { type: Date, required: true },
      outbox: { type: Schema.Types.Mixed, default: () => [] },
    },
    { collection: 'memberships', versionKey: false, minimize: false },
  ),
);
membershipSchema.index({ accountId: 1 });

export type OrganisationModel = Model<OrganisationDocument>;
export type MembershipModel = Model<MembershipDocument>;

export function organisationModels(connection: Connection) {
  return {
    organisations: connection.model<OrganisationDocument>('Organisation', organisationSchema),
    memberships: connection.model<MembershipDocument>('Membership', membershipSchema),
  };
}

const toOrganisation = ({
  _id,
  name,
  kind,
  commune,
  createdAt,
  archivedAt,
}: OrganisationDocument): Organisation => ({
  id: _id,
  name,
  kind,
  commune,
  createdAt,
  archivedAt: archivedAt ?? null,
});

export async function insertOrganisation(
  model: OrganisationModel,
  organisation: Organisation,
  events: Envelope[],
): Promise<void> {
  const { id, ...fields } = organisation;
  const uniqueKey =
    organisation.kind === 'municipality' ? `municipality:${organisation.commune}` : id;
  try {
    await model.create({ _id: id, ...fields, uniqueKey, outbox: events });
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw accountErrors.MUNICIPALITY_EXISTS(undefined, { cause: error });
    throw error;
  }
}

/** The organisations by name; archived ones only when asked for. */
export async function listOrganisations(
  model: OrganisationModel,
  withArchived = false,
): Promise<Organisation[]> {
  const docs = await model.find({}, { outbox: 0 }).sort({ name: 1 }).lean<OrganisationDocument[]>();
  return docs.map(toOrganisation).filter((o) => withArchived || o.archivedAt === null);
}

/**
 * Retires an organisation, with its event; its unique key is freed, so that a commune whose
 * town hall was archived (a merger, a mistake) can have its municipality again.
 */
export async function saveArchived(
  model: OrganisationModel,
  organisation: Organisation,
  events: Envelope[],
): Promise<void> {
  await model.updateOne(
    { _id: organisation.id, archivedAt: null },
    {
      $set: { archivedAt: organisation.archivedAt, uniqueKey: `archived:${organisation.id}` },
      $push: { outbox: { $each: events } },
    },
  );
}

export async function findOrganisation(
  model: OrganisationModel,
  id: string,
): Promise<Organisation | undefined> {
  const doc = await model.findById(id, { outbox: 0 }).lean<OrganisationDocument>();
  return doc ? toOrganisation(doc) : undefined;
}

/** Upserts the membership by its deterministic id, with the event in the same write. */
export async function saveMembership(
  model: MembershipModel,
  membership: Membership,
  events: Envelope[],
): Promise<void> {
  const { organisationId, accountId, active, changedAt } = membership;
  await model.updateOne(
    { _id: `${organisationId}:${accountId}` },
    {
      $set: { organisationId, accountId, active, changedAt },
      $push: { outbox: { $each: events } },
    },
    { upsert: true },
  );
}

export async function activeOrganisationsOf(
  model: MembershipModel,
  accountId: string,
): Promise<string[]> {
  const docs = await model
    .find({ accountId, active: true }, { organisationId: 1 })
    .lean<Pick<MembershipDocument, 'organisationId'>[]>();
  return docs.map((d) => d.organisationId).sort();
}

export async function membershipsOf(
  model: MembershipModel,
  accountId: string,
): Promise<Membership[]> {
  const docs = await model.find({ accountId }, { outbox: 0 }).lean<MembershipDocument[]>();
  return docs.map(({ organisationId, active, changedAt }) => ({
    organisationId,
    accountId,
    active,
    changedAt,
  }));
}
