import { z } from 'zod';
import { ROUND_PHASES } from '@fabrique/contracts';

const timestamp = z.iso.datetime({ offset: true });

/** A session as messages describe it: what, when (UTC; shown in Europe/Paris) and where. */
export const sessionFacts = z.object({
  sessionId: z.string(),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  durationMinutes: z.number().int().positive(),
  /** Commune id (slug) of the venue. */
  commune: z.string(),
  venueName: z.string().nullable(),
  venueAddress: z.string().nullable(),
});
export type SessionFacts = z.infer<typeof sessionFacts>;

const bookingFacts = { session: sessionFacts, bookingId: z.string() };
const seats = z.number().int().positive();

/**
 * What each kind of notification needs to be rendered, stored with the notification: the
 * text is rendered when it is read or sent, in the recipient's language at that moment.
 */
export const notificationContext = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('booking-confirmed'), ...bookingFacts, seats }),
  z.object({
    kind: z.literal('booking-waitlisted'),
    ...bookingFacts,
    seats,
    position: z.number().int().positive().nullable(),
  }),
  z.object({
    kind: z.literal('booking-offered'),
    ...bookingFacts,
    seats,
    offerExpiresAt: timestamp,
  }),
  z.object({ kind: z.literal('booking-offer-expired'), ...bookingFacts }),
  z.object({
    kind: z.literal('booking-cancelled'),
    ...bookingFacts,
    cause: z.enum(['resident', 'host', 'coordinator', 'declined', 'session-cancelled']),
    reason: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('booking-promoted'),
    ...bookingFacts,
    seats,
    via: z.enum(['accepted', 'auto-confirmed']),
  }),
  z.object({
    kind: z.literal('session-rescheduled'),
    ...bookingFacts,
    previousStartsAt: timestamp,
  }),
  z.object({
    kind: z.literal('session-cancelled'),
    session: sessionFacts,
    bookingId: z.string().nullable(),
    reason: z.string(),
  }),
  z.object({ kind: z.literal('session-reminder'), ...bookingFacts, seats }),
  z.object({
    kind: z.literal('attendance-thanks'),
    session: sessionFacts,
    attendees: z.number().int().nonnegative(),
    walkIns: z.number().int().nonnegative(),
    participantHours: z.number().nonnegative(),
    repairsFixed: z.number().int().nonnegative(),
    fund: z.object({ fundId: z.string(), name: z.string() }).nullable(),
  }),
  z.object({
    kind: z.literal('share-behind'),
    fundId: z.string(),
    fundName: z.string().nullable(),
    commune: z.string(),
    paidCents: z.number().int(),
    expectedCents: z.number().int(),
    behindByCents: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal('contribution-decided'),
    /** A promise for the year rather than money paid. */
    pledge: z.boolean().default(false),
    /** Money a host collected at a session's door rather than the declarer's own gift. */
    door: z.boolean().default(false),
    fundId: z.string(),
    fundName: z.string().nullable(),
    amountCents: z.number().int().positive(),
    reference: z.string().nullable(),
    confirmed: z.boolean(),
    reason: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('account-security'),
    change: z.enum(['password-changed', 'password-reset', 'email-changed']),
    at: timestamp,
    /** For `email-changed`: the account's new address (the notice goes to the old one). */
    newEmail: z.string().optional(),
  }),
  z.object({
    kind: z.literal('password-reset-link'),
    /** The link's secret (see accounts' password-reset.requested event). */
    token: z.string(),
    expiresAt: timestamp,
  }),
  z.object({
    kind: z.literal('email-change-link'),
    /** The link's secret (see accounts' email-change.requested event), sent to `newEmail`. */
    token: z.string(),
    expiresAt: timestamp,
    newEmail: z.string(),
  }),
  z.object({
    kind: z.literal('email-verification-link'),
    /** The link's secret (see accounts' email-verification.requested event). */
    token: z.string(),
    expiresAt: timestamp,
  }),
  z.object({
    kind: z.literal('round-phase'),
    roundId: z.string(),
    title: z.string(),
    phase: z.enum(ROUND_PHASES),
    at: timestamp,
  }),
]);

export type NotificationContext = z.infer<typeof notificationContext>;
export type ContextOf<K extends NotificationContext['kind']> = Extract<
  NotificationContext,
  { kind: K }
>;
