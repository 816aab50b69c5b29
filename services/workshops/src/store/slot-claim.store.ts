import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { WorkshopsModels } from './models.js';

export interface ClaimConflict {
  claimId: string;
  sessionId: string;
}

/**
 * Takes every claim for the session, one atomic insert each. A duplicate key held by another
 * session is an overlap: the claims taken so far are released and the conflict returned. A
 * claim the session already holds (reschedule) counts as taken. A crash half-way leaves
 * claims without a session; `releaseOrphanClaims` sweeps them.
 */
export async function claimSlots(
  models: WorkshopsModels,
  sessionId: string,
  claimIds: string[],
  now: Date,
): Promise<ClaimConflict | undefined> {
  const taken: string[] = [];
  for (const claimId of claimIds) {
    try {
      await models.claims.create({ _id: claimId, sessionId, claimedAt: now });
      taken.push(claimId);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const holder = await models.claims.findById(claimId).lean<{ sessionId: string }>();
      if (holder?.sessionId === sessionId) continue;
      await releaseClaims(models, sessionId, taken);
      return { claimId, sessionId: holder?.sessionId ?? 'unknown' };
    }
  }
  return undefined;
}

export async function releaseClaims(
  models: WorkshopsModels,
  sessionId: string,
  claimIds: string[],
): Promise<void> {
  if (claimIds.length > 0) await models.claims.deleteMany({ _id: { $in: claimIds }, sessionId });
}

/** Claims whose session never got written (a crash between claim and insert), older than `before`. */
export async function releaseOrphanClaims(models: WorkshopsModels, before: Date): Promise<number> {
  const old = await models.claims
    .find({ claimedAt: { $lt: before } }, { sessionId: 1 })
    .lean<{ _id: string; sessionId: string }[]>();
  const sessionIds = [...new Set(old.map((c) => c.sessionId))];
  const existing = new Set(
    (
      await models.sessions.find({ _id: { $in: sessionIds } }, { _id: 1 }).lean<{ _id: string }[]>()
    ).map((s) => s._id),
  );
  const orphans = old.filter((c) => !existing.has(c.sessionId)).map((c) => c._id);
  if (orphans.length === 0) return 0;
  return (await models.claims.deleteMany({ _id: { $in: orphans } })).deletedCount;
}
