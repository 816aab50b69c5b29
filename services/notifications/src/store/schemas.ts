import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are described in the *.store.ts files; mongoose only maps them.

/** People as accounts events describe them: where to write, in which language; erased on deletion. */
export const recipientSchema = looseSchema('recipients', { commune: String });
/** `<organisationId>:<accountId>`: who speaks for a town hall (share-behind alerts). */
export const membershipSchema = looseSchema('memberships', { organisationId: String });
export const sessionSchema = looseSchema('sessions', { startsAt: Date });
sessionSchema.index({ startsAt: 1 });
export const venueSchema = looseSchema('venues');
/** Bookings by session, to reach everyone booked when a session moves or is cancelled. */
export const bookingSchema = looseSchema('bookings', { sessionId: String });
bookingSchema.index({ sessionId: 1 });
export const fundSchema = looseSchema('funds');
/** One per person: the kinds and channels they turned on or off. */
export const preferenceSchema = looseSchema('preferences');
/**
 * One per event and recipient: the id derives from both, so inserting it is what makes a
 * notification happen once. Its outbox holds the email request.
 */
export const notificationSchema = looseSchema(
  'notifications',
  { recipientId: String },
  { outbox: true },
);
notificationSchema.index({ recipientId: 1, createdAt: -1 });
