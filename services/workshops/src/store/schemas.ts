import { Schema } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';

/** Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them. */
export type LooseDocument = { _id: string } & Record<string, unknown>;

// Documents are validated by zod at the edge and built by the domain; mongoose only maps
// them (strict: false keeps nested objects as given).
const options = { versionKey: false, minimize: false, strict: false } as const;
const outbox = { type: Schema.Types.Mixed, default: () => [] };

export const venueSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    { _id: String, name: String, commune: String, status: String, version: Number, outbox },
    { ...options, collection: 'venues' },
  ),
);
venueSchema.index({ commune: 1 });

/** Kinds of workshop; an archived one (archivedAt) is no longer offered for new workshops. */
export const kindSchema = new Schema<LooseDocument>(
  { _id: String, label: String, archivedAt: Date },
  { ...options, collection: 'kinds' },
);

export const workshopSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    {
      _id: String,
      title: String,
      kind: String,
      status: String,
      hostIds: [String],
      commune: String,
      tokens: [String],
      version: Number,
      outbox,
    },
    { ...options, collection: 'workshops' },
  ),
);
workshopSchema.index({ hostIds: 1 });
workshopSchema.index({ status: 1, kind: 1 });

export const sessionSchema = trackPendingOutbox(
  new Schema<LooseDocument>(
    {
      _id: String,
      workshopId: String,
      startsAt: Date,
      endsAt: Date,
      listed: Boolean,
      status: String,
      commune: String,
      kind: String,
      venueId: String,
      tokens: [String],
      version: Number,
      /** UTC month of the end (`2026-12`): the live catalogue is read by these months. */
      endMonth: String,
      outbox,
    },
    { ...options, collection: 'sessions' },
  ),
);
sessionSchema.index({ listed: 1, status: 1, startsAt: 1 });
sessionSchema.index({ endMonth: 1 });
sessionSchema.index({ workshopId: 1, startsAt: 1 });

/** One claim per 5-minute slot of a venue or a host: an overlap is a duplicate key. */
export const slotClaimSchema = new Schema<LooseDocument>(
  { _id: String, sessionId: String, claimedAt: Date, hour: String },
  { ...options, collection: 'slot_claims' },
);
slotClaimSchema.index({ sessionId: 1 });
// The UTC hour of the claim (`2026-12-06T14`): the orphan sweep reads the last hours by it.
slotClaimSchema.index({ hour: 1 });

/** The network's communes, as accounts announces them: a venue is in one that is not archived. */
export const communeSchema = new Schema<LooseDocument>(
  { _id: String, name: String, postalCode: String, archivedAt: Date },
  { ...options, collection: 'communes' },
);

/** Winning participatory-budget projects (funds' project.selected), that workshops carry out. */
export const projectSchema = new Schema<LooseDocument>(
  { _id: String, roundId: String, title: String },
  { ...options, collection: 'projects' },
);

/** One document per data migration done (its name), so that each runs once per database. */
export const migrationSchema = new Schema<LooseDocument>(
  { _id: String, at: Date },
  { ...options, collection: 'migrations' },
);

/** People as accounts events describe them: names for display, roles for permissions. */
export const hostSchema = new Schema<LooseDocument>(
  { _id: String, displayName: String, roles: [String], deleted: Boolean, version: Number },
  { ...options, collection: 'people' },
);

/** Seats per session as bookings reports them (rebuildable from its events). */
export const availabilitySchema = new Schema<LooseDocument>(
  {
    _id: String,
    capacity: Number,
    confirmed: Number,
    seatsLeft: Number,
    sequence: Number,
    /** The session's end month, as on the session: the live catalogue reads seats by it. */
    endMonth: String,
  },
  { ...options, collection: 'availability' },
);
availabilitySchema.index({ seatsLeft: 1 });
availabilitySchema.index({ endMonth: 1 });
