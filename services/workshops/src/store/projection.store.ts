import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { Model } from 'mongoose';

/**
 * Applies a projection update only if it is newer than what is stored: idempotent under
 * redelivery and safe under reordering (DESIGN.md rule 3). Returns whether it applied.
 */
export async function upsertIfNewer(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any projection collection
  model: Model<any>,
  id: string,
  version: number,
  fields: Record<string, unknown>,
): Promise<boolean> {
  const updated = await model.updateOne(
    { _id: id, version: { $lt: version } },
    { $set: { ...fields, version } },
  );
  if (updated.matchedCount === 1) return true;
  try {
    await model.create({ _id: id, ...fields, version });
    return true;
  } catch (error) {
    // Already there with this version or a newer one: nothing to do.
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
