import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them.

export const bookings = looseSchema(
  'bookings',
  { sessionId: String, residentId: String, sessionMonth: String, status: String, version: Number },
  { outbox: true, model: 'Booking' },
);
// The reads by index (views/live-bookings.ts, "my bookings", rosters, offers to expire).
bookings.index({ sessionId: 1 });
bookings.index({ residentId: 1 });
bookings.index({ residentId: 1, sessionMonth: 1 });
bookings.index({ status: 1 });

/**
 * Claims: documents whose only job is a unique `_id` (DESIGN.md "Consistency rules").
 * `seats`: `<sessionId>:<seatNo>`; `holds`: `<sessionId>:<residentId>` (one active booking
 * per person); `tickets`: `<sessionId>:<n>` (a place in line); `transitions`:
 * `<bookingId>:<version>` (one change per booking version). `hour`: when it was claimed
 * (see `hourOf`), the indexed equality by which the sweep finds recent claims.
 */
const claimSchema = (collection: string, model: string) =>
  looseSchema(collection, { bookingId: String, at: Date, hour: String }, { model }).index({
    hour: 1,
  });

export const seats = claimSchema('seat_claims', 'SeatClaim');
export const holds = claimSchema('hold_claims', 'HoldClaim');
export const tickets = claimSchema('ticket_claims', 'TicketClaim');

/** One per given-back claim tenure (`<claimId>|<bookingId>|<claimedAt>`): see `release`. */
export const releases = claimSchema('claim_releases', 'ClaimRelease');

export const transitions = looseSchema(
  'transitions',
  {
    bookingId: String,
    version: Number,
    at: Date,
  },
  { model: 'Transition' },
);

export const sessions = looseSchema(
  'sessions',
  {
    status: String,
    startsAt: Date,
    version: Number,
  },
  { model: 'Session' },
);

/** People as accounts events describe them: name and contact for rosters, commune for counts. */
export const people = looseSchema(
  'people',
  {
    displayName: String,
    email: String,
    commune: String,
    deleted: Boolean,
  },
  { model: 'Person' },
);

export const walkIns = looseSchema(
  'walk_ins',
  { sessionId: String },
  { outbox: true, model: 'WalkIn' },
);
walkIns.index({ sessionId: 1 });

export const repairs = looseSchema('repairs', { sessionId: String }, { model: 'Repair' });
repairs.index({ sessionId: 1 });

/** One per voided delivery (its id is the session's), with its event. */
export const voids = looseSchema('delivery_voids', {}, { outbox: true, model: 'DeliveryVoid' });

/** One per session once attendance is closed: inserting it is what makes closing happen once. */
export const closures = looseSchema(
  'attendance_closures',
  {},
  { outbox: true, model: 'AttendanceClosure' },
);

/** Personal calendar feeds: token hash → resident, and resident → their current token hash. */
export const feedTokens = looseSchema(
  'feed_tokens',
  { residentId: String, createdAt: Date },
  { model: 'FeedToken' },
);
export const feedOwners = looseSchema('feed_owners', { tokenHash: String }, { model: 'FeedOwner' });

/** One document per data migration that ran (its id names it). */
export const migrations = looseSchema('migrations', { at: Date }, { model: 'Migration' });

/** A person's months with bookings (`<residentId>:<month>`): see resident-month.store.ts. */
export const residentMonths = looseSchema(
  'resident_months',
  {
    residentId: String,
    month: String,
  },
  { model: 'ResidentMonth' },
).index({ residentId: 1 });
