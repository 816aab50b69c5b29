import { Schema } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';

/** A stored document as mongoose sees it: the shapes are the domain's (see each *.store.ts). */
export type LooseDocument = { _id: string } & Record<string, unknown>;

const modelNames = new WeakMap<Schema<LooseDocument>, string>();

/**
 * A collection's schema, mapping only: documents are validated by zod at the edge and built
 * by the domain, so mongoose neither strips unknown fields (strict: false keeps nested objects
 * as given), nor drops empty objects (minimize: false), nor adds `__v`. `fields` are those
 * worth a type for queries and indexes; `_id` is always a string chosen by the service.
 * With `outbox`, the document carries its events until the relay publishes them, and the
 * relay finds the pending ones by index (trackPendingOutbox). `model` names its mongoose model
 * (serviceModels), where that name differs from the export that holds the schema.
 */
export function looseSchema(
  collection: string,
  fields: Record<string, unknown> = {},
  options: { outbox?: boolean; model?: string } = {},
): Schema<LooseDocument> {
  const schema = new Schema<LooseDocument>(
    {
      _id: String,
      ...fields,
      ...(options.outbox && { outbox: { type: Schema.Types.Mixed, default: () => [] } }),
    },
    { versionKey: false, minimize: false, strict: false, collection },
  );
  if (options.model) modelNames.set(schema, options.model);
  return options.outbox ? trackPendingOutbox(schema) : schema;
}

/**
 * The model name a schema was given (`model`): it names the collection's model in the
 * operations routes and the outbox metrics, so it stays as it is once deployed.
 */
export function modelNameOf(schema: Schema<LooseDocument>): string | undefined {
  return modelNames.get(schema);
}
