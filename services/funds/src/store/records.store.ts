import type { Envelope } from '@fabrique/contracts';
import { insertOnce as insertDocument, type LooseDocument } from '@fabrique/service-kit';
import type { Model } from 'mongoose';

type AnyModel = Model<LooseDocument>;

/** A record as stored: its id is the document's `_id`. */
export type Stored<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

/** A stored record read back: the fields it was stored with, and its id. */
export type Read<T extends { id: string }> = Omit<Stored<T>, '_id'> & { id: string };

const withId = <T extends { id: string }>({ _id, ...rest }: Stored<T>): Read<T> => ({
  ...rest,
  id: _id,
});

/** Inserts a record with its events, once: false when its id (its fact) is already there. */
export async function insertOnce(
  model: AnyModel,
  record: { id: string } & Record<string, unknown>,
  events: Envelope[] = [],
): Promise<boolean> {
  const { id, ...rest } = record;
  return insertDocument(model, { _id: id, ...rest, outbox: events });
}

/** Sets fields of a record and adds the events of the change to its outbox, in one write. */
export async function updateRecord(
  model: AnyModel,
  id: string,
  fields: Record<string, unknown>,
  events: Envelope[],
): Promise<void> {
  await model.updateOne({ _id: id }, { $set: fields, $push: { outbox: { $each: events } } });
}

export async function findRecord<T extends { id: string }>(
  model: AnyModel,
  id: string,
): Promise<Read<T> | undefined> {
  const doc = await model.findById(id, { outbox: 0 }).lean<Stored<T>>();
  return doc ? withId(doc) : undefined;
}

export async function allRecords<T extends { id: string }>(model: AnyModel): Promise<Read<T>[]> {
  const docs = await model.find({}, { outbox: 0 }).lean<Stored<T>[]>();
  return docs.map((doc) => withId(doc));
}
