import { Schema } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';

/** Stored shapes are described in the *.store.ts files; mongoose only maps them. */
export type LooseDocument = { _id: string } & Record<string, unknown>;

const options = { versionKey: false, minimize: false, strict: false } as const;
const outbox = { type: Schema.Types.Mixed, default: () => [] };

const loose = (collection: string, fields: Record<string, unknown> = {}) =>
  new Schema<LooseDocument>({ _id: String, ...fields }, { ...options, collection });

/** People as accounts events describe them: where to write, in which language; erased on deletion. */
export const recipientSchema = loose('recipients', { commune: String });
/** `<organisationId>:<accountId>`: who speaks for a town hall (share-behind alerts). */
export const membershipSchema = loose('memberships', { organisationId: String });
export const sessionSchema = loose('sessions', { startsAt: Date });
sessionSchema.index({ startsAt: 1 });
export const venueSchema = loose('venues');
/** Bookings by session, to reach everyone booked when a session moves or is cancelled. */
export const bookingSchema = loose('bookings', { sessionId: String });
bookingSchema.index({ sessionId: 1 });
export const fundSchema = loose('funds');
/** One per person: the kinds and channels they turned on or off. */
export const preferenceSchema = loose('preferences');
/**
 * One per event and recipient: the id derives from both, so inserting it is what makes a
 * notification happen once. Its outbox holds the email request.
 */
export const notificationSchema = trackPendingOutbox(
  loose('notifications', { recipientId: String, outbox }),
);
notificationSchema.index({ recipientId: 1, createdAt: -1 });
