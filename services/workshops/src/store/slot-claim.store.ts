import { findByIds, isDuplicateKeyError } from '@fabrique/service-kit';
import type { WorkshopsModels } from './models.js';

const HOUR = 3_600_000;
/** How far back the orphan sweep looks (it runs every few minutes). */
const ORPHAN_LOOKBACK_MS = 2 * HOUR;

/** The UTC hour of a claim (`2026-12-06T14`), by which the orphan sweep finds recent claims. */
const hourOf = (at: Date): string => at.toISOString().slice(0, 13);

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
      await models.claims.create({ _id: claimId, sessionId, claimedAt: now, hour: hourOf(now) });
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

/**
 * Claims whose session never got written (a crash between claim and insert), older than
 * `before` and made in the two hours before it, found by their indexed hour: claims of every
 * session ever made stay, so a range on `claimedAt` would read them all.
 */
export async function releaseOrphanClaims(models: WorkshopsModels, before: Date): Promise<number> {
  const old: { _id: string; sessionId: string }[] = [];
  const since = before.getTime() - ORPHAN_LOOKBACK_MS;
  for (let t = Math.floor(since / HOUR) * HOUR; t <= before.getTime(); t += HOUR) {
    const claims = await models.claims
      .find({ hour: hourOf(new Date(t)), claimedAt: { $lt: before } }, { sessionId: 1 })
      .lean<{ _id: string; sessionId: string }[]>();
    old.push(...claims);
  }
  const sessionIds = [...new Set(old.map((c) => c.sessionId))];
  const existing = new Set(
    (await findByIds<{ _id: string }>(models.sessions, sessionIds, { _id: 1 })).map((s) => s._id),
  );
  const orphans = old.filter((c) => !existing.has(c.sessionId)).map((c) => c._id);
  if (orphans.length === 0) return 0;
  let released = 0;
  for (const _id of orphans) released += (await models.claims.deleteOne({ _id })).deletedCount;
  return released;
}
