import { AppError } from '@fabrique/service-kit';
import { announcement, archiveCommune, createCommune, type Commune } from '../domain/commune.js';
import { accountErrors } from '../domain/errors.js';
import {
  findCommune,
  insertCommune,
  listCommunes,
  saveAnnounced,
  saveArchivedCommune,
  unannouncedCommunes,
  type CommuneModel,
} from '../store/commune.store.js';
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
  const { commune, events } = createCommune(input, deps.now());
  // An insert keyed by the slug: it writes these events, or fails with COMMUNE_EXISTS.
  await deps.outbox.save(deps.models.communes, commune.id, events, () =>
    insertCommune(deps.models.communes, commune, events),
  );
  return commune;
}

/** A coordinator retires a commune (once: archiving it again changes nothing). */
export async function retireCommune(
  deps: AccountsDeps,
  by: string,
  communeId: string,
): Promise<Commune> {
  const found = await findCommune(deps.models.communes, communeId);
  if (!found) throw accountErrors.UNKNOWN_COMMUNE();
  const { commune, events } = archiveCommune(found, by, deps.now());
  if (events.length > 0) {
    // The relay reads the document's outbox: a concurrent archive may have been the one kept.
    await deps.outbox.save(deps.models.communes, commune.id, undefined, () =>
      saveArchivedCommune(deps.models.communes, commune, by, events),
    );
  }
  return commune;
}

/**
 * At start-up, before the relay runs. Idempotent: the id is the slug, so seeding twice (or
 * from two replicas) inserts once.
 */
export async function seedCommunes(model: CommuneModel, seeds: Commune[]): Promise<void> {
  for (const commune of seeds) {
    await insertCommune(model, commune, announcement(commune, new Date())).catch(
      (error: unknown) => {
        if (!(error instanceof AppError && error.code === 'COMMUNE_EXISTS')) throw error;
      },
    );
  }
}

/**
 * Communes stored before the services heard of communes get their `commune.added` event now,
 * once (the few of them are read at each start: a network has tens of communes).
 */
export async function announceCommunes(model: CommuneModel): Promise<number> {
  const silent = await unannouncedCommunes(model);
  for (const commune of silent)
    await saveAnnounced(model, commune.id, announcement(commune, new Date()));
  return silent.length;
}
