import { Schema, type Connection, type Model } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';
import type { Envelope } from '@fabrique/contracts';
import { isDuplicateKeyError } from '@fabrique/service-kit';
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

/** The communes stored before their `commune.added` event existed (none once announced). */
export async function unannouncedCommunes(model: CommuneModel): Promise<Commune[]> {
  const docs = await model
    .find({ announced: { $ne: true } }, { outbox: 0 })
    .lean<CommuneDocument[]>();
  return docs.map(toCommune);
}

/** Marks a commune announced, with its `commune.added` event in the same write. */
export async function saveAnnounced(
  model: CommuneModel,
  id: string,
  events: Envelope[],
): Promise<void> {
  await model.updateOne(
    { _id: id },
    { $set: { announced: true }, $push: { outbox: { $each: events } } },
  );
}

/** Inserts a new commune with its events; the id is the slug, so a second one is refused. */
export async function insertCommune(
  model: CommuneModel,
  commune: Pick<Commune, 'id' | 'name' | 'postalCode'>,
  events: Envelope[],
): Promise<void> {
  try {
    await model.create({
      _id: commune.id,
      name: commune.name,
      postalCode: commune.postalCode,
      announced: true,
      outbox: events,
    });
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

/** Retires a commune (history kept), with its events; only one not archived yet. */
export async function saveArchivedCommune(
  model: CommuneModel,
  commune: Commune,
  archivedBy: string,
  events: Envelope[],
): Promise<void> {
  await model.updateOne(
    { _id: commune.id, archivedAt: null },
    {
      $set: { archivedAt: commune.archivedAt, archivedBy },
      $push: { outbox: { $each: events } },
    },
  );
}
