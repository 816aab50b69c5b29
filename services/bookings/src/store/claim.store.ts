import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { LooseDocument } from './schemas.js';

type ClaimModel = Model<LooseDocument>;

/** The atomic step every invariant rests on: true if this insert took the key. */
export async function claim(
  model: ClaimModel,
  id: string,
  fields: Record<string, unknown>,
): Promise<boolean> {
  try {
    await model.create({ _id: id, ...fields });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Gives a key back, only if this booking still holds it (a later booking may own it now).
 * Read, then delete by `_id` alone: FerretDB answers `_id`-only filters in SQLite and any
 * other filter by reading the whole collection (160 ms at 3,000 claims, against 3 ms). Only
 * the holder gives a claim back, so nobody can take it between the read and the delete.
 */
export async function release(model: ClaimModel, id: string, bookingId: string): Promise<void> {
  const holder = await model.findById(id, { bookingId: 1 }).lean<{ bookingId?: string }>();
  if (holder?.bookingId === bookingId) await model.deleteOne({ _id: id });
}

export const seatClaimId = (sessionId: string, seatNo: number) => `${sessionId}:${seatNo}`;
export const holdClaimId = (sessionId: string, residentId: string) => `${sessionId}:${residentId}`;
export const ticketClaimId = (sessionId: string, ticket: number) => `${sessionId}:${ticket}`;
