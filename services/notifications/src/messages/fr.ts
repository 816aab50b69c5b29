import type { Catalogue } from './catalogue.js';
import { frAccount } from './fr-account.js';
import { frMoney } from './fr-money.js';
import { plural } from './format.js';
import { frenchSpacing } from './typography.js';
import type { SessionWords } from './words.js';

/*
 * Many readers are not at ease with computers: short sentences, everyday words, « vous »,
 * one thing to do per message, and the date always written out in full.
 */

const NBSP = '\u00a0';
const places = (n: number) => plural('fr', n, { one: `${n} place`, other: `${n} places` });

const PLEASE_CANCEL =
  'Si vous ne pouvez plus venir, merci d’annuler : la place pourra servir à quelqu’un d’autre.';
const ORGANISERS_CANCELLED = (t: string) =>
  `Les organisateurs ont annulé votre réservation pour ${t}.`;

const sessions: SessionWords = {
  colon: (label, value) => `${label} : ${value}`,
  quote: (text) => `« ${text} »`,
  places,
  labels: { workshop: 'Atelier', when: 'Quand', duration: 'Durée', place: 'Lieu' },
  seats: 'Places',
  bookingAction: 'Voir ou annuler ma réservation',
  sessionAction: 'Voir l’atelier',
  pleaseCancel: PLEASE_CANCEL,
  confirmed: {
    topic: 'Réservation confirmée',
    heading: (many) => (many ? 'Vos places sont réservées' : 'Votre place est réservée'),
    news: (s) =>
      `C’est noté : vous avez ${s.places} pour ${s.quoted}. Nous vous attendons avec plaisir.`,
    howToCancel: 'Il suffit d’ouvrir votre réservation avec le lien ci-dessous.',
  },
  waitlisted: {
    topic: 'Liste d’attente',
    heading: 'Vous êtes sur la liste d’attente',
    full: (s, rank) =>
      `L’atelier ${s.quoted} est complet pour le moment. Vous êtes sur la liste d’attente${rank}.`,
    rank: (position) => `, en position ${position}`,
    meanwhile:
      'Si une place se libère, nous vous écrirons tout de suite. Vous n’avez rien à faire d’ici là.',
    seatsAsked: 'Places demandées',
    position: 'Votre rang',
    action: 'Voir ma demande',
  },
  offered: {
    subject: (s, deadline) =>
      `Répondez avant le ${deadline} : ${s.many ? 'des places vous attendent' : 'une place vous attend'} (${s.title})`,
    heading: (many) => (many ? 'Des places vous attendent' : 'Une place vous attend'),
    news: (s, deadline) =>
      s.many
        ? `Bonne nouvelle : ${s.places} se sont libérées pour ${s.quoted}. Nous vous les gardons jusqu’au ${deadline}.`
        : `Bonne nouvelle : une place s’est libérée pour ${s.quoted}. Nous vous la gardons jusqu’au ${deadline}.`,
    answer: (many) =>
      `Dites-nous si vous ${many ? 'les' : 'la'} prenez ou non en ouvrant le lien ci-dessous.`,
    otherwise: (many) =>
      `Sans réponse de votre part à cette heure-là, ${many ? 'les places seront proposées' : 'la place sera proposée'} à la personne suivante sur la liste.`,
    replyBy: 'À répondre avant',
    action: 'Répondre maintenant',
  },
  offerExpired: {
    topic: 'Délai dépassé',
    heading: 'Le délai pour répondre est passé',
    news: (s) =>
      `Nous vous avions gardé une place pour ${s.quoted}, mais le délai pour répondre est passé.`,
    next: 'La place a été proposée à la personne suivante sur la liste. Vous pouvez regarder s’il reste de la place ou choisir une autre date.',
  },
  cancelled: {
    topic: (sessionGone) => (sessionGone ? 'Séance annulée' : 'Réservation annulée'),
    heading: (sessionGone) =>
      sessionGone ? 'La séance est annulée' : 'Votre réservation est annulée',
    because: {
      resident: (s) =>
        `Vous avez annulé votre réservation pour ${s.quoted}. Merci de nous avoir prévenus.`,
      host: (s) => ORGANISERS_CANCELLED(s.quoted),
      coordinator: (s) => ORGANISERS_CANCELLED(s.quoted),
      declined: (s) =>
        `Vous avez refusé la place proposée pour ${s.quoted}. Elle sera proposée à la personne suivante.`,
      'session-cancelled': (s) =>
        `La séance ${s.quoted} du ${s.date} est annulée : votre réservation l’est donc aussi. Ne vous déplacez pas.`,
    },
    reason: 'Motif',
  },
  promoted: {
    topic: 'Vous avez une place',
    heading: (many) => (many ? 'Vos places sont confirmées' : 'Votre place est confirmée'),
    accepted: (s) => `Merci pour votre réponse : vous avez ${s.places} pour ${s.quoted}.`,
    autoConfirmed: (s) =>
      s.many
        ? `Des places se sont libérées pour ${s.quoted} peu avant le début : nous vous les avons réservées directement.`
        : `Une place s’est libérée pour ${s.quoted} peu avant le début : nous vous l’avons réservée directement.`,
  },
  rescheduled: {
    subject: (s) => `Changement de date : ${s.title}, désormais le ${s.date}`,
    heading: 'La séance a changé de date',
    news: (s, previous) =>
      `La séance ${s.quoted} prévue le ${previous} a lieu désormais le ${s.date}.`,
    kept: 'Votre réservation est gardée. Vérifiez bien l’heure et le lieu ci-dessous.',
    cancelFreely: 'Si ce nouveau créneau ne vous convient pas, vous pouvez annuler sans pénalité.',
    previousDate: 'Ancienne date',
  },
  sessionCancelled: {
    topic: 'Séance annulée',
    heading: 'La séance est annulée',
    news: (s) => `La séance ${s.quoted} prévue le ${s.date} est annulée. Ne vous déplacez pas.`,
    organisers: 'Message des organisateurs',
    bookingToo: 'Votre réservation est annulée elle aussi. Vous n’avez rien à faire.',
  },
  reminder: {
    topic: 'Rappel',
    heading: 'Votre atelier approche',
    news: (s) => `Petit rappel : vous avez ${s.places} pour ${s.quoted}, le ${s.date}.`,
  },
};

export const fr: Catalogue = {
  locale: 'fr',
  words: { ...sessions, money: frMoney, account: frAccount },
  typography: frenchSpacing,
  layout: {
    greeting: 'Bonjour,',
    signOff: ['À bientôt,', 'L’équipe de la Fabrique'],
    detailsCaption: 'En bref',
    footerNote:
      'Vous recevez ce message parce que vous avez un compte sur la Fabrique, les ateliers partagés de nos communes.',
    manageNotifications: 'Choisir les messages que je reçois',
    unsubscribe: 'Ne plus recevoir ce type de message',
    textLink: (label, url) => `${label}${NBSP}: ${url}`,
  },
  calendar: {
    filename: 'atelier',
    cancelled: (title) => frenchSpacing(`Annulé : ${title}`),
    seats: (n) => frenchSpacing(`Réservation : ${places(n)}.`),
    reason: (reason) => frenchSpacing(`Motif : ${reason}`),
  },
};
