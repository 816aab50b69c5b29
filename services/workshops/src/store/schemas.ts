import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); documents are validated by zod at
// the edge and built by the domain, and mongoose only maps them (service-kit loose-schema.ts).

export const venueSchema = looseSchema(
  'venues',
  { name: String, commune: String, status: String, version: Number },
  { outbox: true },
);
venueSchema.index({ commune: 1 });

/** Kinds of workshop; an archived one (archivedAt) is no longer offered for new workshops. */
export const kindSchema = looseSchema('kinds', { label: String, archivedAt: Date });

export const workshopSchema = looseSchema(
  'workshops',
  {
    title: String,
    kind: String,
    status: String,
    hostIds: [String],
    commune: String,
    tokens: [String],
    version: Number,
  },
  { outbox: true },
);
workshopSchema.index({ hostIds: 1 });
workshopSchema.index({ status: 1, kind: 1 });

export const sessionSchema = looseSchema(
  'sessions',
  {
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
  },
  { outbox: true },
);
sessionSchema.index({ listed: 1, status: 1, startsAt: 1 });
sessionSchema.index({ endMonth: 1 });
sessionSchema.index({ workshopId: 1, startsAt: 1 });

/** One claim per 5-minute slot of a venue or a host: an overlap is a duplicate key. */
export const slotClaimSchema = looseSchema('slot_claims', {
  sessionId: String,
  claimedAt: Date,
  hour: String,
});
slotClaimSchema.index({ sessionId: 1 });
// The UTC hour of the claim (`2026-12-06T14`): the orphan sweep reads the last hours by it.
slotClaimSchema.index({ hour: 1 });

/** The network's communes, as accounts announces them: a venue is in one that is not archived. */
export const communeSchema = looseSchema('communes', {
  name: String,
  postalCode: String,
  archivedAt: Date,
});

/** Winning participatory-budget projects (funds' project.selected), that workshops carry out. */
export const projectSchema = looseSchema('projects', { roundId: String, title: String });

/** One document per data migration done (its name), so that each runs once per database. */
export const migrationSchema = looseSchema('migrations', { at: Date });

/** People as accounts events describe them: names for display, roles for permissions. */
export const hostSchema = looseSchema('people', {
  displayName: String,
  roles: [String],
  deleted: Boolean,
  version: Number,
});

/** Seats per session as bookings reports them (rebuildable from its events). */
export const availabilitySchema = looseSchema('availability', {
  capacity: Number,
  confirmed: Number,
  seatsLeft: Number,
  sequence: Number,
  /** The session's end month, as on the session: the live catalogue reads seats by it. */
  endMonth: String,
});
availabilitySchema.index({ seatsLeft: 1 });
availabilitySchema.index({ endMonth: 1 });
