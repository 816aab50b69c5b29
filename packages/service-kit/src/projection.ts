import { insertOnce } from './mongo.js';
import type { Model } from 'mongoose';

/**
 * Applies a projection update only if it is newer than what is stored: idempotent under
 * redelivery and safe under reordering (DESIGN.md rule 3). Returns whether it applied.
 * `versionField` lets independent parts of one record (a name, a set of roles) each keep
 * their own newest version, so that an old update of one part is not lost to a newer
 * update of the other.
 */
export async function upsertIfNewer(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any projection collection
  model: Model<any>,
  id: string,
  version: number,
  fields: Record<string, unknown>,
  versionField = 'version',
): Promise<boolean> {
  const older = {
    $or: [{ [versionField]: { $lt: version } }, { [versionField]: { $exists: false } }],
  };
  const updated = await model.updateOne(
    { _id: id, ...older },
    { $set: { ...fields, [versionField]: version } },
  );
  if (updated.matchedCount === 1) return true;
  // Already there with this version or a newer one: nothing to do.
  return insertOnce(model, { _id: id, ...fields, [versionField]: version });
}
