import type { Model } from 'mongoose';
import { insertOnce, type LooseDocument } from '@fabrique/service-kit';

type ClaimModel = Model<LooseDocument>;

/** The UTC hour of a claim (`2026-12-06T14`): the sweep finds recent claims by this indexed equality. */
export const hourOf = (at: Date): string => at.toISOString().slice(0, 13);

/** The atomic step every invariant rests on: true if this insert took the key. */
export function claim(
  model: ClaimModel,
  id: string,
  fields: Record<string, unknown>,
): Promise<boolean> {
  return insertOnce(model, { _id: id, ...fields });
}

/**
 * Gives a key back, only if this booking still holds it (a later booking may own it now).
 * Two parties may want to give back the same booking's claim (a cancellation and the sweep,
 * two replicas' sweeps, a retried booking taking over an abandoned hold). FerretDB deletes
 * are not conditional in one step, so a slow second delete could remove the claim a new
 * booking took in between. The insert of `<claimId>|<bookingId>|<claimedAt>` lets exactly one
 * of them delete. Returns whether this call deleted it.
 */
export async function release(
  model: ClaimModel,
  releases: ClaimModel,
  id: string,
  bookingId: string,
): Promise<boolean> {
  const holder = await model
    .findById(id, { bookingId: 1, at: 1 })
    .lean<{ bookingId?: string; at?: Date }>();
  if (holder?.bookingId !== bookingId) return false;
  // One token per tenure: the same booking may hold the same key again later (a party of
  // four that missed, then got offered, seat 3).
  const tenure = `${id}|${bookingId}|${holder.at?.getTime() ?? 0}`;
  const now = new Date();
  if (!(await claim(releases, tenure, { at: now, hour: hourOf(now) }))) return false;
  return (await model.deleteOne({ _id: id })).deletedCount === 1;
}

/** What a seat, hold or ticket claim records besides its key. */
export const claimFields = (bookingId: string, at: Date) => ({ bookingId, at, hour: hourOf(at) });

export const seatClaimId = (sessionId: string, seatNo: number) => `${sessionId}:${seatNo}`;
export const holdClaimId = (sessionId: string, residentId: string) => `${sessionId}:${residentId}`;
export const ticketClaimId = (sessionId: string, ticket: number) => `${sessionId}:${ticket}`;
