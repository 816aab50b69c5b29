import { Schema } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';

/** Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them. */
export type LooseDocument = { _id: string } & Record<string, unknown>;

const options = { versionKey: false, minimize: false, strict: false } as const;
const outbox = { type: Schema.Types.Mixed, default: () => [] };

export const bookingSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    {
      _id: String,
      sessionId: String,
      residentId: String,
      sessionMonth: String,
      status: String,
      version: Number,
      outbox,
    },
    { ...options, collection: 'bookings' },
  ),
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
  new Schema<LooseDocument>(
    { _id: String, bookingId: String, at: Date, hour: String },
    { ...options, collection },
  ).index({ hour: 1 });

/** One per given-back claim tenure (`<claimId>|<bookingId>|<claimedAt>`): see `release`. */
export const releaseSchema = claimSchema('claim_releases');

export const transitionSchema = new Schema<LooseDocument>(
  { _id: String, bookingId: String, version: Number, at: Date },
  { ...options, collection: 'transitions' },
);

export const sessionSchema = new Schema<LooseDocument>(
  { _id: String, status: String, startsAt: Date, version: Number },
  { ...options, collection: 'sessions' },
);

/** People as accounts events describe them: name and contact for rosters, commune for counts. */
export const personSchema = new Schema<LooseDocument>(
  { _id: String, displayName: String, email: String, commune: String, deleted: Boolean },
  { ...options, collection: 'people' },
);

export const walkInSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    { _id: String, sessionId: String, outbox },
    { ...options, collection: 'walk_ins' },
  ),
);
walkInSchema.index({ sessionId: 1 });

export const repairSchema = new Schema<LooseDocument>(
  { _id: String, sessionId: String },
  { ...options, collection: 'repairs' },
);
repairSchema.index({ sessionId: 1 });

/** One per voided delivery (its id is the session's), with its event. */
export const voidSchema = trackPendingOutbox(
  new Schema<LooseDocument>({ _id: String, outbox }, { ...options, collection: 'delivery_voids' }),
);

/** One per session once attendance is closed: inserting it is what makes closing happen once. */
export const closureSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    { _id: String, outbox },
    { ...options, collection: 'attendance_closures' },
  ),
);

/** Personal calendar feeds: token hash → resident, and resident → their current token hash. */
export const feedTokenSchema = new Schema<LooseDocument>(
  { _id: String, residentId: String, createdAt: Date },
  { ...options, collection: 'feed_tokens' },
);
export const feedOwnerSchema = new Schema<LooseDocument>(
  { _id: String, tokenHash: String },
  { ...options, collection: 'feed_owners' },
);

/** One document per data migration that ran (its id names it). */
export const migrationSchema = new Schema<LooseDocument>(
  { _id: String, at: Date },
  { ...options, collection: 'migrations' },
);

/** A person's months with bookings (`<residentId>:<month>`): see resident-month.store.ts. */
export const residentMonthSchema = new Schema<LooseDocument>(
  { _id: String, residentId: String, month: String },
  { ...options, collection: 'resident_months' },
).index({ residentId: 1 });
