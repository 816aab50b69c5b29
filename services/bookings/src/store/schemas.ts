import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them.

export const bookingSchema = looseSchema(
  'bookings',
  { sessionId: String, residentId: String, sessionMonth: String, status: String, version: Number },
  { outbox: true },
);
// The reads by index (views/live-bookings.ts, "my bookings", rosters, offers to expire).
bookingSchema.index({ sessionId: 1 });
bookingSchema.index({ residentId: 1 });
bookingSchema.index({ residentId: 1, sessionMonth: 1 });
bookingSchema.index({ status: 1 });

/**
 * Claims: documents whose only job is a unique `_id` (DESIGN.md "Consistency rules").
 * `seats`: `<sessionId>:<seatNo>`; `holds`: `<sessionId>:<residentId>` (one active booking
 * per person); `tickets`: `<sessionId>:<n>` (a place in line); `transitions`:
 * `<bookingId>:<version>` (one change per booking version). `hour`: when it was claimed
 * (see `hourOf`), the indexed equality by which the sweep finds recent claims.
 */
export const claimSchema = (collection: string) =>
  looseSchema(collection, { bookingId: String, at: Date, hour: String }).index({ hour: 1 });

/** One per given-back claim tenure (`<claimId>|<bookingId>|<claimedAt>`): see `release`. */
export const releaseSchema = claimSchema('claim_releases');

export const transitionSchema = looseSchema('transitions', {
  bookingId: String,
  version: Number,
  at: Date,
});

export const sessionSchema = looseSchema('sessions', {
  status: String,
  startsAt: Date,
  version: Number,
});

/** People as accounts events describe them: name and contact for rosters, commune for counts. */
export const personSchema = looseSchema('people', {
  displayName: String,
  email: String,
  commune: String,
  deleted: Boolean,
});

export const walkInSchema = looseSchema('walk_ins', { sessionId: String }, { outbox: true });
walkInSchema.index({ sessionId: 1 });

export const repairSchema = looseSchema('repairs', { sessionId: String });
repairSchema.index({ sessionId: 1 });

/** One per voided delivery (its id is the session's), with its event. */
export const voidSchema = looseSchema('delivery_voids', {}, { outbox: true });

/** One per session once attendance is closed: inserting it is what makes closing happen once. */
export const closureSchema = looseSchema('attendance_closures', {}, { outbox: true });

/** Personal calendar feeds: token hash → resident, and resident → their current token hash. */
export const feedTokenSchema = looseSchema('feed_tokens', { residentId: String, createdAt: Date });
export const feedOwnerSchema = looseSchema('feed_owners', { tokenHash: String });

/** One document per data migration that ran (its id names it). */
export const migrationSchema = looseSchema('migrations', { at: Date });

/** A person's months with bookings (`<residentId>:<month>`): see resident-month.store.ts. */
export const residentMonthSchema = looseSchema('resident_months', {
  residentId: String,
  month: String,
}).index({ residentId: 1 });
