import type { ContextOf } from '../domain/context.js';
import type { NotificationKind } from '../domain/kinds.js';

/** Shared by the message tests: one realistic context per kind, typed so none is missing. */
export const BASE_URL = 'http://127.0.0.1:8080';

export const session: ContextOf<'booking-confirmed'>['session'] = {
  sessionId: 'ses-1',
  title: 'Repair café',
  // 10:00 in Paris (CET, UTC+1).
  startsAt: '2027-03-06T09:00:00.000Z',
  endsAt: '2027-03-06T11:30:00.000Z',
  durationMinutes: 150,
  commune: 'la-chapelle-en-vercors',
  venueName: 'Salle des fêtes',
  venueAddress: '12 place de la Mairie, 26420 La Chapelle-en-Vercors',
};

export const samples: { [K in NotificationKind]: ContextOf<K> } = {
  'booking-confirmed': { kind: 'booking-confirmed', session, bookingId: 'bk-1', seats: 2 },
  'booking-waitlisted': {
    kind: 'booking-waitlisted',
    session,
    bookingId: 'bk-1',
    seats: 1,
    position: 3,
  },
  'booking-offered': {
    kind: 'booking-offered',
    session,
    bookingId: 'bk-1',
    seats: 1,
    offerExpiresAt: '2027-03-05T17:30:00.000Z',
  },
  'booking-offer-expired': { kind: 'booking-offer-expired', session, bookingId: 'bk-1' },
  'booking-cancelled': {
    kind: 'booking-cancelled',
    session,
    bookingId: 'bk-1',
    cause: 'host',
    reason: 'Atelier complet, doublon',
  },
  'booking-promoted': {
    kind: 'booking-promoted',
    session,
    bookingId: 'bk-1',
    seats: 1,
    via: 'auto-confirmed',
  },
  'session-rescheduled': {
    kind: 'session-rescheduled',
    session,
    bookingId: 'bk-1',
    previousStartsAt: '2027-03-04T13:00:00.000Z',
  },
  'session-cancelled': {
    kind: 'session-cancelled',
    session,
    bookingId: 'bk-1',
    reason: 'Intervenant malade',
  },
  'session-reminder': { kind: 'session-reminder', session, bookingId: 'bk-1', seats: 1 },
  'attendance-thanks': {
    kind: 'attendance-thanks',
    session,
    attendees: 12,
    walkIns: 3,
    participantHours: 30,
    repairsFixed: 7,
    fund: { fundId: 'fund-1', name: 'Fonds des ateliers 2027' },
  },
  'share-behind': {
    kind: 'share-behind',
    fundId: 'fund-1',
    fundName: 'Fonds des ateliers 2027',
    commune: 'vassieux-en-vercors',
    paidCents: 50_000,
    expectedCents: 166_667,
    behindByCents: 116_667,
  },
  'contribution-decided': {
    kind: 'contribution-decided',
    pledge: false,
    door: false,
    fundId: 'fund-1',
    fundName: 'Fonds des ateliers 2027',
    amountCents: 4_200,
    reference: 'DON-2027-12',
    confirmed: false,
    reason: 'Aucun virement de ce montant sur le relevé de février',
  },
  'account-security': {
    kind: 'account-security',
    change: 'password-changed',
    at: '2027-03-01T18:30:00.000Z',
  },
  'password-reset-link': {
    kind: 'password-reset-link',
    token: 'dGhlLWxpbmstc2VjcmV0LW9mLWEtdGVzdC1vbmx5LWxpbms',
    expiresAt: '2027-03-01T19:00:00.000Z',
  },
  'email-verification-link': {
    kind: 'email-verification-link',
    token: 'dGhlLWxpbmstc2VjcmV0LW9mLWEtdGVzdC1vbmx5LXZlcmlmeQ',
    expiresAt: '2027-03-03T18:30:00.000Z',
  },
  'email-change-link': {
    kind: 'email-change-link',
    token: 'dGhlLWxpbmstc2VjcmV0LW9mLWEtdGVzdC1vbmx5LWNoYW5nZQ',
    expiresAt: '2027-03-02T18:30:00.000Z',
    newEmail: 'odile.martin@example.org',
  },
  'round-phase': {
    kind: 'round-phase',
    roundId: 'round-1',
    title: 'Budget 2027',
    phase: 'voting',
    at: '2027-04-01T07:00:00.000Z',
  },
};

export const allSamples = Object.values(samples);
