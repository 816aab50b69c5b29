import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { Commune } from '../domain/commune.js';
import { accountErrors } from '../domain/errors.js';

interface CommuneDocument {
  _id: string;
  name: string;
  postalCode: string;
}

const communeSchema = new Schema<CommuneDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    postalCode: { type: String, required: true },
  },
  { collection: 'communes', versionKey: false },
);

export type CommuneModel = Model<CommuneDocument>;

export function communeModel(connection: Connection): CommuneModel {
  return connection.model<CommuneDocument>('Commune', communeSchema);
}

const toCommune = ({ _id, name, postalCode }: CommuneDocument): Commune => ({
  id: _id,
  name,
  postalCode,
});

/** Idempotent: the id is the slug, so seeding twice (or from two replicas) inserts once. */
export async function seedCommunes(model: CommuneModel, communes: Commune[]): Promise<void> {
  for (const commune of communes) {
    await insertCommune(model, commune).catch((error: unknown) => {
      if (!(error instanceof Error && 'code' in error && error.code === 'COMMUNE_EXISTS'))
        throw error;
    });
  }
}

export async function insertCommune(
  model: CommuneModel,
  { id, name, postalCode }: Commune,
): Promise<void> {
  try {
    await model.create({ _id: id, name, postalCode });
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw accountErrors.COMMUNE_EXISTS(`${name} is already listed.`, { cause: error });
    throw error;
  }
}

export async function listCommunes(model: CommuneModel): Promise<Commune[]> {
  const docs = await model.find().sort({ name: 1 }).lean<CommuneDocument[]>();
  return docs.map(toCommune);
}

export async function findCommune(model: CommuneModel, id: string): Promise<Commune | undefined> {
  const doc = await model.findById(id).lean<CommuneDocument>();
  return doc ? toCommune(doc) : undefined;
}
