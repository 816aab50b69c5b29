import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are described in the *.store.ts files; mongoose only maps them.

/** People as accounts events describe them: where to write, in which language; erased on deletion. */
export const recipients = looseSchema('recipients', { commune: String }, { model: 'Recipient' });
/** `<organisationId>:<accountId>`: who speaks for a town hall (share-behind alerts). */
export const memberships = looseSchema(
  'memberships',
  { organisationId: String },
  { model: 'Membership' },
);
export const sessions = looseSchema('sessions', { startsAt: Date }, { model: 'Session' });
sessions.index({ startsAt: 1 });
export const venues = looseSchema('venues', {}, { model: 'Venue' });
/** Bookings by session, to reach everyone booked when a session moves or is cancelled. */
export const bookings = looseSchema('bookings', { sessionId: String }, { model: 'Booking' });
bookings.index({ sessionId: 1 });
export const funds = looseSchema('funds', {}, { model: 'Fund' });
/** One per person: the kinds and channels they turned on or off. */
export const preferences = looseSchema('preferences', {}, { model: 'Preference' });
/**
 * One per event and recipient: the id derives from both, so inserting it is what makes a
 * notification happen once. Its outbox holds the email request.
 */
export const notifications = looseSchema(
  'notifications',
  { recipientId: String },
  { outbox: true, model: 'Notification' },
);
notifications.index({ recipientId: 1, createdAt: -1 });
