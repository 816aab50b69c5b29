import type { WorkshopsModels } from '../store/models.js';

/** Display names of people, from the accounts projection (absent until its events arrive). */
export async function namesOf(
  models: WorkshopsModels,
  ids: string[],
): Promise<Map<string, string>> {
  const docs = await models.people
    .find({ _id: { $in: [...new Set(ids)] } }, { displayName: 1 })
    .lean<{ _id: string; displayName: string }[]>();
  return new Map(docs.map((d) => [d._id, d.displayName]));
}
