import { communeIdOf, type Commune } from '../domain/commune.js';
import { archiveCommune, insertCommune, listCommunes } from '../store/commune.store.js';
import type { AccountsDeps } from './deps.js';

/** The network's communes, the archived ones too when asked. */
export function communes(deps: AccountsDeps, archived: boolean): Promise<Commune[]> {
  return listCommunes(deps.models.communes, archived);
}

/** A coordinator adds a member commune; its id is its name folded to a slug. */
export async function addCommune(
  deps: AccountsDeps,
  input: Pick<Commune, 'name' | 'postalCode'>,
): Promise<Commune> {
  const commune = { id: communeIdOf(input.name), ...input, archivedAt: null };
  await deps.outbox.save(deps.models.communes, commune.id, undefined, () =>
    insertCommune(deps.models.communes, commune),
  );
  return commune;
}

/** A coordinator retires a commune (once: archiving it again changes nothing). */
export async function retireCommune(
  deps: AccountsDeps,
  by: string,
  communeId: string,
): Promise<Commune> {
  const commune = await deps.outbox.save(deps.models.communes, communeId, undefined, () =>
    archiveCommune(deps.models.communes, communeId, by, deps.now()),
  );
  return commune;
}
