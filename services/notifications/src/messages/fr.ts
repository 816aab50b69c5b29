import type { ContextOf } from '../domain/context.js';
import type { Catalogue, Links, Message, MessageBuilders } from './catalogue.js';
import { only, sessionRows } from './facts.js';
import {
  accountSecurity,
  emailChangeLink,
  emailVerificationLink,
  passwordResetLink,
} from './fr-account.js';
import { contributionDecided, shareBehind } from './fr-money.js';
import { formatDateTime, formatNumber, plural } from './format.js';
import { paths, webUrl } from './links.js';
import { frenchSpacing, withTypography } from './typography.js';

/*
 * Many readers are not at ease with computers: short sentences, everyday words, « vous »,
 * one thing to do per message, and the date always written out in full.
 */

const NBSP = '\u00a0';
const q = (text: string) => `« ${text} »`;

const spaced = <C>(build: (context: C, links: Links) => Message) =>
  withTypography(build, frenchSpacing);

const when = (iso: string) => formatDateTime(iso, 'fr');
const places = (n: number) => plural('fr', n, { one: `${n} place`, other: `${n} places` });

type Session = ContextOf<'booking-confirmed'>['session'];
type Row = [string, string];

const LABELS = { workshop: 'Atelier', when: 'Quand', duration: 'Durée', place: 'Lieu' };
const rows = (session: Session): Row[] => sessionRows(session, 'fr', LABELS);
const seatsRow = (seats: number): Row => ['Places', places(seats)];

const bookingAction = (links: Links, bookingId: string) => ({
  label: 'Voir ou annuler ma réservation',
  url: webUrl(links, paths.booking(bookingId)),
});
const sessionAction = (links: Links, sessionId: string) => ({
  label: 'Voir l’atelier',
  url: webUrl(links, paths.session(sessionId)),
});

const PLEASE_CANCEL =
  'Si vous ne pouvez plus venir, merci d’annuler : la place pourra servir à quelqu’un d’autre.';

function bookingConfirmed(c: ContextOf<'booking-confirmed'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Réservation confirmée : ${session.title}, ${when(session.startsAt)}`,
    heading: c.seats > 1 ? 'Vos places sont réservées' : 'Votre place est réservée',
    paragraphs: [
      `C’est noté : vous avez ${places(c.seats)} pour ${q(session.title)}. Nous vous attendons avec plaisir.`,
      `${PLEASE_CANCEL} Il suffit d’ouvrir votre réservation avec le lien ci-dessous.`,
    ],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function bookingWaitlisted(c: ContextOf<'booking-waitlisted'>, links: Links): Message {
  const { session } = c;
  const rank = c.position === null ? '' : `, en position ${c.position}`;
  return {
    subject: `Liste d’attente : ${session.title}, ${when(session.startsAt)}`,
    heading: 'Vous êtes sur la liste d’attente',
    paragraphs: [
      `L’atelier ${q(session.title)} est complet pour le moment. Vous êtes sur la liste d’attente${rank}.`,
      'Si une place se libère, nous vous écrirons tout de suite. Vous n’avez rien à faire d’ici là.',
    ],
    details: [
      ...rows(session),
      ['Places demandées', places(c.seats)],
      ...only<Row>(c.position !== null, ['Votre rang', String(c.position)]),
    ],
    action: { ...bookingAction(links, c.bookingId), label: 'Voir ma demande' },
  };
}

function bookingOffered(c: ContextOf<'booking-offered'>, links: Links): Message {
  const { session } = c;
  const deadline = when(c.offerExpiresAt);
  const many = c.seats > 1;
  return {
    subject: `Répondez avant le ${deadline} : ${many ? 'des places vous attendent' : 'une place vous attend'} (${session.title})`,
    heading: many ? 'Des places vous attendent' : 'Une place vous attend',
    paragraphs: [
      many
        ? `Bonne nouvelle : ${places(c.seats)} se sont libérées pour ${q(session.title)}. Nous vous les gardons jusqu’au ${deadline}.`
        : `Bonne nouvelle : une place s’est libérée pour ${q(session.title)}. Nous vous la gardons jusqu’au ${deadline}.`,
      `Dites-nous si vous ${many ? 'les' : 'la'} prenez ou non en ouvrant le lien ci-dessous.`,
      `Sans réponse de votre part à cette heure-là, ${many ? 'les places seront proposées' : 'la place sera proposée'} à la personne suivante sur la liste.`,
    ],
    details: [['À répondre avant', deadline], ...rows(session), seatsRow(c.seats)],
    action: { ...bookingAction(links, c.bookingId), label: 'Répondre maintenant' },
  };
}

function bookingOfferExpired(c: ContextOf<'booking-offer-expired'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Délai dépassé : ${session.title}`,
    heading: 'Le délai pour répondre est passé',
    paragraphs: [
      `Nous vous avions gardé une place pour ${q(session.title)}, mais le délai pour répondre est passé.`,
      'La place a été proposée à la personne suivante sur la liste. Vous pouvez regarder s’il reste de la place ou choisir une autre date.',
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

type Cause = ContextOf<'booking-cancelled'>['cause'];
const CANCELLED_BECAUSE: Record<Cause, (title: string, date: string) => string> = {
  resident: (t) => `Vous avez annulé votre réservation pour ${t}. Merci de nous avoir prévenus.`,
  host: (t) => `Les organisateurs ont annulé votre réservation pour ${t}.`,
  coordinator: (t) => `Les organisateurs ont annulé votre réservation pour ${t}.`,
  declined: (t) =>
    `Vous avez refusé la place proposée pour ${t}. Elle sera proposée à la personne suivante.`,
  'session-cancelled': (t, d) =>
    `La séance ${t} du ${d} est annulée : votre réservation l’est donc aussi. Ne vous déplacez pas.`,
};

function bookingCancelled(c: ContextOf<'booking-cancelled'>, links: Links): Message {
  const { session } = c;
  const reason = c.reason?.trim();
  const sessionGone = c.cause === 'session-cancelled';
  return {
    subject: `${sessionGone ? 'Séance annulée' : 'Réservation annulée'} : ${session.title}, ${when(session.startsAt)}`,
    heading: sessionGone ? 'La séance est annulée' : 'Votre réservation est annulée',
    paragraphs: [
      CANCELLED_BECAUSE[c.cause](q(session.title), when(session.startsAt)),
      ...only(reason, `Motif : ${reason}`),
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

function bookingPromoted(c: ContextOf<'booking-promoted'>, links: Links): Message {
  const { session } = c;
  const how =
    c.via === 'accepted'
      ? `Merci pour votre réponse : vous avez ${places(c.seats)} pour ${q(session.title)}.`
      : c.seats > 1
        ? `Des places se sont libérées pour ${q(session.title)} peu avant le début : nous vous les avons réservées directement.`
        : `Une place s’est libérée pour ${q(session.title)} peu avant le début : nous vous l’avons réservée directement.`;
  return {
    subject: `Vous avez une place : ${session.title}, ${when(session.startsAt)}`,
    heading: c.seats > 1 ? 'Vos places sont confirmées' : 'Votre place est confirmée',
    paragraphs: [how, PLEASE_CANCEL],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function sessionRescheduled(c: ContextOf<'session-rescheduled'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Changement de date : ${session.title}, désormais le ${when(session.startsAt)}`,
    heading: 'La séance a changé de date',
    paragraphs: [
      `La séance ${q(session.title)} prévue le ${when(c.previousStartsAt)} a lieu désormais le ${when(session.startsAt)}.`,
      'Votre réservation est gardée. Vérifiez bien l’heure et le lieu ci-dessous.',
      'Si ce nouveau créneau ne vous convient pas, vous pouvez annuler sans pénalité.',
    ],
    details: [['Ancienne date', when(c.previousStartsAt)], ...rows(session)],
    action: bookingAction(links, c.bookingId),
  };
}

function sessionCancelled(c: ContextOf<'session-cancelled'>, links: Links): Message {
  const { session } = c;
  const reason = c.reason.trim();
  return {
    subject: `Séance annulée : ${session.title}, ${when(session.startsAt)}`,
    heading: 'La séance est annulée',
    paragraphs: [
      `La séance ${q(session.title)} prévue le ${when(session.startsAt)} est annulée. Ne vous déplacez pas.`,
      ...only(reason, `Message des organisateurs : ${q(reason)}`),
      ...only(c.bookingId, 'Votre réservation est annulée elle aussi. Vous n’avez rien à faire.'),
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

function sessionReminder(c: ContextOf<'session-reminder'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Rappel : ${session.title}, ${when(session.startsAt)}`,
    heading: 'Votre atelier approche',
    paragraphs: [
      `Petit rappel : vous avez ${places(c.seats)} pour ${q(session.title)}, le ${when(session.startsAt)}.`,
      PLEASE_CANCEL,
    ],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function attendanceThanks(c: ContextOf<'attendance-thanks'>, links: Links): Message {
  const { session, fund } = c;
  const hours = formatNumber(c.participantHours, 'fr');
  const counted = fund
    ? `Ces heures comptent désormais dans ce que le fonds ${q(fund.name)} a financé. Vous pouvez le voir sur la page publique du fonds.`
    : 'Ces heures comptent désormais dans le bilan des ateliers.';
  const people = (n: number) => plural('fr', n, { one: `${n} personne`, other: `${n} personnes` });
  return {
    subject: `Merci pour l’atelier ${q(session.title)}`,
    heading: 'Merci pour cet atelier !',
    paragraphs: [
      `Merci d’avoir animé ${q(session.title)} le ${when(session.startsAt)}.`,
      `Vous avez accueilli ${people(c.attendees)}, pour ${hours} h de participation en tout. ${counted}`,
    ],
    details: [
      ...rows(session),
      ['Personnes présentes', formatNumber(c.attendees, 'fr')],
      ['Venues sans réservation', formatNumber(c.walkIns, 'fr')],
      ['Heures de participation', `${hours} h`],
      ...only<Row>(c.repairsFixed > 0, ['Objets réparés', formatNumber(c.repairsFixed, 'fr')]),
    ],
    action: fund
      ? { label: 'Voir ce que le fonds a financé', url: webUrl(links, paths.fund(fund.fundId)) }
      : null,
  };
}

type Phase = ContextOf<'round-phase'>['phase'];
const PHASES: Record<Phase, { name: string; news: (t: string) => string; action: string }> = {
  upcoming: {
    name: 'bientôt ouvert',
    news: (t) => `Le budget participatif ${t} va bientôt commencer.`,
    action: 'Découvrir le budget participatif',
  },
  proposals: {
    name: 'propositions',
    news: (t) => `Vous pouvez maintenant proposer vos idées de projets pour ${t}.`,
    action: 'Proposer une idée',
  },
  review: {
    name: 'examen des propositions',
    news: (t) => `Les propositions pour ${t} sont closes : elles sont examinées avant le vote.`,
    action: 'Voir les propositions',
  },
  voting: {
    name: 'vote',
    news: (t) => `Le vote est ouvert pour ${t} : choisissez les projets que vous voulez soutenir.`,
    action: 'Voter',
  },
  results: {
    name: 'résultats',
    news: (t) => `Le vote pour ${t} est terminé : les résultats sont disponibles.`,
    action: 'Voir les résultats',
  },
  closed: {
    name: 'terminé',
    news: (t) => `Le budget participatif ${t} est terminé. Merci d’y avoir participé !`,
    action: 'Voir le budget participatif',
  },
};

function roundPhase(c: ContextOf<'round-phase'>, links: Links): Message {
  const phase = PHASES[c.phase];
  return {
    subject: `Budget participatif ${q(c.title)} : ${phase.name}`,
    heading: `Budget participatif : ${phase.name}`,
    paragraphs: [phase.news(q(c.title))],
    details: [
      ['Budget participatif', c.title],
      ['Étape', phase.name],
      ['Depuis le', when(c.at)],
    ],
    action: { label: phase.action, url: webUrl(links, paths.round(c.roundId)) },
  };
}

const messages: MessageBuilders = {
  'booking-confirmed': spaced(bookingConfirmed),
  'booking-waitlisted': spaced(bookingWaitlisted),
  'booking-offered': spaced(bookingOffered),
  'booking-offer-expired': spaced(bookingOfferExpired),
  'booking-cancelled': spaced(bookingCancelled),
  'booking-promoted': spaced(bookingPromoted),
  'session-rescheduled': spaced(sessionRescheduled),
  'session-cancelled': spaced(sessionCancelled),
  'session-reminder': spaced(sessionReminder),
  'attendance-thanks': spaced(attendanceThanks),
  'share-behind': spaced(shareBehind),
  'contribution-decided': spaced(contributionDecided),
  'round-phase': spaced(roundPhase),
  'account-security': spaced(accountSecurity),
  'password-reset-link': spaced(passwordResetLink),
  'email-verification-link': spaced(emailVerificationLink),
  'email-change-link': spaced(emailChangeLink),
};

export const fr: Catalogue = {
  locale: 'fr',
  messages,
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
