import type { Envelope } from '@fabrique/contracts';
import { insertOnce as insertDocument, type LooseDocument } from '@fabrique/service-kit';
import type { Model } from 'mongoose';

type AnyModel = Model<LooseDocument>;

/** Inserts a record with its events, once: false when its id (its fact) is already there. */
export async function insertOnce(
  model: AnyModel,
  record: { id: string } & Record<string, unknown>,
  events: Envelope[] = [],
): Promise<boolean> {
  const { id, ...rest } = record;
  return insertDocument(model, { _id: id, ...rest, outbox: events });
}

export async function findRecord<T extends { id: string }>(
  model: AnyModel,
  id: string,
): Promise<T | undefined> {
  const doc = await model.findById(id, { outbox: 0 }).lean<LooseDocument>();
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  return { ...rest, id: _id } as unknown as T;
}

export async function allRecords<T extends { id: string }>(model: AnyModel): Promise<T[]> {
  const docs = await model.find({}, { outbox: 0 }).lean<LooseDocument[]>();
  return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as unknown as T);
}
