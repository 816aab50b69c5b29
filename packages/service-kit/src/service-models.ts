import type { Connection, Model, Schema } from 'mongoose';
import { idempotencyModel } from './idempotency.js';
import { modelNameOf, type LooseDocument } from './loose-schema.js';

export type LooseModel = Model<LooseDocument>;

/**
 * A service's collections on its connection: one model per schema of its `store/schemas.ts`,
 * under the schema's export name (each schema names its collection, and its model when that
 * name is not the export's: looseSchema's `model`), and the idempotency
 * keys every service keeps. The same schemas on the same connection give the same models.
 */
export function serviceModels<S extends Record<string, Schema<LooseDocument>>>(
  connection: Connection,
  schemas: S,
) {
  const models = Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => {
      const name = modelNameOf(schema) ?? key;
      return [
        key,
        connection.models[name] ?? connection.model<LooseDocument, LooseModel>(name, schema),
      ];
    }),
  ) as { [K in keyof S]: LooseModel };
  return { ...models, idempotency: idempotencyModel(connection) };
}

interface Indexed {
  syncIndexes(): Promise<unknown>;
}

const isModel = (value: object): value is Indexed =>
  typeof (value as Partial<Indexed>).syncIndexes === 'function';

/**
 * Creates every model's indexes (the unique keys the invariants rest on, the sweeps' and
 * views' lookups), models grouped in nested objects included, one after the other.
 */
export async function syncAllIndexes(models: object): Promise<void> {
  if (isModel(models)) {
    await models.syncIndexes();
    return;
  }
  for (const inner of Object.values(models))
    if (typeof inner === 'object' && inner !== null) await syncAllIndexes(inner as object);
}

/**
 * The models whose documents carry an outbox of events for the relay: those whose schema has
 * an `outbox` path (looseSchema's `outbox`, or a typed schema's own), in the order of `models`.
 * Read from the schemas, so that no list is kept by hand beside them.
 */
export function outboxModelsOf(models: object): Model<LooseDocument>[] {
  return Object.values(models).filter(
    (value): value is Model<LooseDocument> =>
      typeof (value as Partial<Model<LooseDocument>>).schema?.path === 'function' &&
      (value as Model<LooseDocument>).schema.path('outbox') !== undefined,
  );
}
