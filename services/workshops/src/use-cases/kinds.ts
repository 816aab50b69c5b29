import { isDuplicateKeyError } from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import type { WorkshopsDeps } from './deps.js';

/** A kind of workshop as stored: its slug, its label, and when it was retired. */
export interface StoredKind {
  _id: string;
  label: string;
  archivedAt?: Date | null;
}

/** The kinds of workshop, by slug; retired ones only when asked for. */
export async function kinds(deps: WorkshopsDeps, archived: boolean): Promise<StoredKind[]> {
  const all = await deps.models.kinds.find().sort({ _id: 1 }).lean<StoredKind[]>();
  return all.filter((k) => archived || !k.archivedAt);
}

/** A coordinator offers a new kind (its slug chosen once). */
export async function addKind(
  deps: WorkshopsDeps,
  kind: { id: string; label: string },
): Promise<StoredKind> {
  await deps.models.kinds.create({ _id: kind.id, label: kind.label }).catch((error: unknown) => {
    throw isDuplicateKeyError(error) ? workshopErrors.KIND_EXISTS() : error;
  });
  return { _id: kind.id, label: kind.label };
}

/** Retired: no longer offered for new workshops; those of this kind keep it (once). */
export async function retireKind(deps: WorkshopsDeps, kindId: string): Promise<StoredKind> {
  const kind = await deps.models.kinds.findById(kindId).lean<StoredKind>();
  if (!kind) throw workshopErrors.UNKNOWN_KIND();
  const archivedAt = kind.archivedAt ?? deps.now();
  if (!kind.archivedAt)
    await deps.models.kinds.updateOne({ _id: kindId }, { $set: { archivedAt } });
  return { ...kind, archivedAt };
}
