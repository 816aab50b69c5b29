import type { BookingsModels } from './models.js';

export interface Person {
  id: string;
  displayName: string;
  email: string | null;
  commune: string;
  deleted: boolean;
}

type PersonDocument = Omit<Person, 'id'> & { _id: string };

export async function findPerson(models: BookingsModels, id: string): Promise<Person | undefined> {
  const doc = await models.people.findById(id).lean<PersonDocument>();
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  return { ...rest, email: rest.email ?? null, id: _id };
}

/** People by id, one indexed `_id` lookup each (FerretDB reads a whole collection for `$in`). */
export async function findPeople(
  models: BookingsModels,
  ids: string[],
): Promise<Map<string, Person>> {
  const people = await Promise.all([...new Set(ids)].map((id) => findPerson(models, id)));
  return new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p]));
}
