import { Schema, type Connection, type Model } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';
import { communeAddedV1, communeArchivedV1, type Envelope } from '@fabrique/contracts';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import { SOURCE } from '../domain/account.js';
import type { Commune } from '../domain/commune.js';
import { accountErrors } from '../domain/errors.js';

interface CommuneDocument {
  _id: string;
  name: string;
  postalCode: string;
  archivedAt: Date | null;
  archivedBy: string | null;
  /** True once its `commune.added` event is in the outbox (communes stored before it existed). */
  announced: boolean;
  outbox: Record<string, unknown>[];
}

const communeSchema = trackPendingOutbox(
  new Schema<CommuneDocument>(
    {
      _id: { type: String, required: true },
      name: { type: String, required: true },
      postalCode: { type: String, required: true },
      archivedAt: { type: Date, default: null },
      archivedBy: { type: String, default: null },
      announced: { type: Boolean, default: false },
      outbox: { type: Schema.Types.Mixed, default: () => [] },
    },
    { collection: 'communes', versionKey: false, minimize: false },
  ),
);

export type CommuneModel = Model<CommuneDocument>;

export function communeModel(connection: Connection): CommuneModel {
  return connection.model<CommuneDocument>('Commune', communeSchema);
}

const toCommune = ({ _id, name, postalCode, archivedAt }: CommuneDocument): Commune => ({
  id: _id,
  name,
  postalCode,
  archivedAt: archivedAt ?? null,
});

const added = ({ id, name, postalCode }: Pick<Commune, 'id' | 'name' | 'postalCode'>) =>
  communeAddedV1.create(
    { subject: id, source: SOURCE },
    { communeId: id, name, postalCode },
    new Date(),
  );

/** Idempotent: the id is the slug, so seeding twice (or from two replicas) inserts once. */
export async function seedCommunes(model: CommuneModel, communes: Commune[]): Promise<void> {
  for (const commune of communes) {
    await insertCommune(model, commune).catch((error: unknown) => {
      if (!(error instanceof Error && 'code' in error && error.code === 'COMMUNE_EXISTS'))
        throw error;
    });
  }
}

/**
 * Communes stored before the services heard of communes get their `commune.added` event now,
 * once (the few of them are read at each start: a network has tens of communes).
 */
export async function announceCommunes(model: CommuneModel): Promise<number> {
  const silent = await model.find({ announced: { $ne: true } }).lean<CommuneDocument[]>();
  for (const doc of silent)
    await model.updateOne(
      { _id: doc._id },
      { $set: { announced: true }, $push: { outbox: added(toCommune(doc)) } },
    );
  return silent.length;
}

export async function insertCommune(
  model: CommuneModel,
  commune: Pick<Commune, 'id' | 'name' | 'postalCode'>,
): Promise<Envelope[]> {
  const events = [added(commune)];
  try {
    await model.create({
      _id: commune.id,
      name: commune.name,
      postalCode: commune.postalCode,
      announced: true,
      outbox: events,
    });
    return events;
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw accountErrors.COMMUNE_EXISTS(
        { fr: `${commune.name} est déjà dans la liste.`, en: `${commune.name} is already listed.` },
        { cause: error },
      );
    throw error;
  }
}

/** The network's communes, by name; archived ones only when asked for. */
export async function listCommunes(model: CommuneModel, withArchived = false): Promise<Commune[]> {
  const docs = await model.find({}, { outbox: 0 }).sort({ name: 1 }).lean<CommuneDocument[]>();
  return docs.map(toCommune).filter((c) => withArchived || c.archivedAt === null);
}

export async function findCommune(model: CommuneModel, id: string): Promise<Commune | undefined> {
  const doc = await model.findById(id, { outbox: 0 }).lean<CommuneDocument>();
  return doc ? toCommune(doc) : undefined;
}

/** Retires a commune (history kept): once; archiving it again changes nothing. */
export async function archiveCommune(
  model: CommuneModel,
  id: string,
  by: string,
  now: Date,
): Promise<Commune> {
  const commune = await findCommune(model, id);
  if (!commune) throw accountErrors.UNKNOWN_COMMUNE();
  if (commune.archivedAt) return commune;
  const event = communeArchivedV1.create(
    { subject: id, source: SOURCE },
    { communeId: id, archivedBy: by, archivedAt: now.toISOString() },
    now,
  );
  await model.updateOne(
    { _id: id, archivedAt: null },
    { $set: { archivedAt: now, archivedBy: by }, $push: { outbox: event } },
  );
  return { ...commune, archivedAt: now };
}
