import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); documents are validated by zod at
// the edge and built by the domain, and mongoose only maps them (service-kit loose-schema.ts).

export const venues = looseSchema(
  'venues',
  { name: String, commune: String, status: String, version: Number },
  { outbox: true, model: 'Venue' },
);
venues.index({ commune: 1 });

/** Kinds of workshop; an archived one (archivedAt) is no longer offered for new workshops. */
export const kinds = looseSchema('kinds', { label: String, archivedAt: Date }, { model: 'Kind' });

export const workshops = looseSchema(
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
  { outbox: true, model: 'Workshop' },
);
workshops.index({ hostIds: 1 });
workshops.index({ status: 1, kind: 1 });

export const sessions = looseSchema(
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
  { outbox: true, model: 'Session' },
);
sessions.index({ listed: 1, status: 1, startsAt: 1 });
sessions.index({ endMonth: 1 });
sessions.index({ workshopId: 1, startsAt: 1 });

/** One claim per 5-minute slot of a venue or a host: an overlap is a duplicate key. */
export const claims = looseSchema(
  'slot_claims',
  {
    sessionId: String,
    claimedAt: Date,
    hour: String,
  },
  { model: 'SlotClaim' },
);
claims.index({ sessionId: 1 });
// The UTC hour of the claim (`2026-12-06T14`): the orphan sweep reads the last hours by it.
claims.index({ hour: 1 });

/** The network's communes, as accounts announces them: a venue is in one that is not archived. */
export const communes = looseSchema(
  'communes',
  {
    name: String,
    postalCode: String,
    archivedAt: Date,
  },
  { model: 'Commune' },
);

/** Winning participatory-budget projects (funds' project.selected), that workshops carry out. */
export const projects = looseSchema(
  'projects',
  { roundId: String, title: String },
  { model: 'Project' },
);

/** One document per data migration done (its name), so that each runs once per database. */
export const migrations = looseSchema('migrations', { at: Date }, { model: 'Migration' });

/** People as accounts events describe them: names for display, roles for permissions. */
export const people = looseSchema(
  'people',
  {
    displayName: String,
    roles: [String],
    deleted: Boolean,
    version: Number,
  },
  { model: 'Person' },
);

/** Seats per session as bookings reports them (rebuildable from its events). */
export const availability = looseSchema(
  'availability',
  {
    capacity: Number,
    confirmed: Number,
    seatsLeft: Number,
    sequence: Number,
    /** The session's end month, as on the session: the live catalogue reads seats by it. */
    endMonth: String,
  },
  { model: 'Availability' },
);
availability.index({ seatsLeft: 1 });
availability.index({ endMonth: 1 });
