import { defineErrors } from '@fabrique/contracts';

/** Error codes of the bookings service, defined once (stable: clients match on them). */
export const bookingErrors = defineErrors({
  SESSION_NOT_FOUND: {
    status: 404,
    title: { fr: 'Séance introuvable', en: 'No such session' },
  },
  SESSION_NOT_OPEN: {
    status: 409,
    title: {
      fr: 'Cette séance n’est pas ouverte aux réservations',
      en: 'This session is not open for booking',
    },
  },
  TOO_MANY_SEATS: {
    status: 422,
    title: {
      fr: 'Trop de places pour une seule réservation',
      en: 'Too many seats for one booking',
    },
  },
  ALREADY_BOOKED: {
    status: 409,
    title: {
      fr: 'Vous avez déjà une réservation pour cette séance',
      en: 'You already have a booking for this session',
    },
  },
  BOOKING_IN_PROGRESS: {
    status: 409,
    title: {
      fr: 'Une autre réservation de cette personne pour cette séance est en cours ; réessayez dans un instant',
      en: 'Another booking for this person and session is being made; try again shortly',
    },
  },
  RESIDENT_NOT_FOUND: {
    status: 404,
    title: { fr: 'Habitant·e introuvable', en: 'No such resident' },
  },
  NOT_ALLOWED_ON_BEHALF: {
    status: 403,
    title: {
      fr: 'Seules les personnes qui animent cette séance, ou la coordination, peuvent réserver pour quelqu’un d’autre',
      en: 'Only a host of this session or a coordinator may book for someone else',
    },
  },
  BOOKING_NOT_FOUND: {
    status: 404,
    title: { fr: 'Réservation introuvable', en: 'No such booking' },
  },
  NOT_YOUR_BOOKING: {
    status: 403,
    title: { fr: 'Cette réservation n’est pas la vôtre', en: 'This booking is not yours' },
  },
  BOOKING_NOT_ACTIVE: {
    status: 409,
    title: { fr: 'Cette réservation n’est plus active', en: 'This booking is no longer active' },
  },
  BOOKING_CONFLICT: {
    status: 409,
    title: {
      fr: 'Cette réservation a changé au même moment ; relisez-la, puis réessayez',
      en: 'This booking changed at the same moment; read it again and retry',
    },
  },
  CUTOFF_PASSED: {
    status: 409,
    title: {
      fr: 'Trop près du début pour annuler en ligne ; prévenez la personne qui anime la séance',
      en: 'Too close to the start to cancel online; contact the host',
    },
  },
  NOT_OFFERED: {
    status: 409,
    title: {
      fr: 'Aucune place n’est proposée à cette réservation',
      en: 'No seat is offered to this booking',
    },
  },
  OFFER_EXPIRED: {
    status: 409,
    title: { fr: 'Cette proposition de place a expiré', en: 'This offer has expired' },
  },
  NOT_A_HOST: {
    status: 403,
    title: {
      fr: 'Seules les personnes qui animent cette séance, ou la coordination, peuvent faire ceci',
      en: 'Only a host of this session or a coordinator may do this',
    },
  },
  TOO_EARLY_FOR_ATTENDANCE: {
    status: 409,
    title: {
      fr: 'La présence se note à partir d’une heure avant le début',
      en: 'Attendance is recorded from one hour before the start',
    },
  },
  ROSTER_CLOSED: {
    status: 409,
    title: {
      fr: 'La présence de cette séance est clôturée',
      en: 'Attendance of this session is closed',
    },
  },
  ROSTER_NOT_CLOSED: {
    status: 409,
    title: {
      fr: 'Seule la prestation d’une séance clôturée peut être annulée',
      en: 'Only a closed session’s delivery can be voided',
    },
  },
  DELIVERY_VOIDED: {
    status: 409,
    title: {
      fr: 'La prestation de cette séance a déjà été annulée',
      en: 'This session’s delivery was already voided',
    },
  },
  UNKNOWN_VOLUNTEER: {
    status: 422,
    title: {
      fr: 'Les bénévoles sont des personnes qui ont un compte',
      en: 'A volunteer is someone with an account',
    },
  },
  ABOVE_CAPACITY: {
    status: 422,
    title: {
      fr: 'Plus de personnes présentes que de places dans la séance',
      en: 'More people present than the session has seats',
    },
  },
  NOT_ON_ROSTER: {
    status: 422,
    title: {
      fr: 'Cette réservation n’a pas de place dans cette séance',
      en: 'This booking has no seat in this session',
    },
  },
  CALENDAR_NOT_FOUND: {
    status: 404,
    title: { fr: 'Lien d’agenda introuvable', en: 'No such calendar feed' },
  },
});
