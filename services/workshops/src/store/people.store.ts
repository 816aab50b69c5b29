import { findByIds } from '@fabrique/service-kit';
import type { WorkshopsModels } from './models.js';

/** Display names of people, from the accounts projection (absent until its events arrive). */
export async function displayNamesOf(
  models: WorkshopsModels,
  ids: string[],
): Promise<Map<string, string>> {
  const docs = await findByIds<{ _id: string; displayName: string }>(models.people, ids, {
    displayName: 1,
  });
  return new Map(docs.map((d) => [d._id, d.displayName]));
}
