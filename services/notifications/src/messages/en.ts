import type { ContextOf } from '../domain/context.js';
import type { Catalogue, Links, Message, MessageBuilders } from './catalogue.js';
import {
  accountSecurity,
  emailChangeLink,
  emailVerificationLink,
  passwordResetLink,
} from './en-account.js';
import { contributionDecided, shareBehind } from './en-money.js';
import { only, sessionRows } from './facts.js';
import { formatDateTime, formatNumber, plural } from './format.js';
import { paths, webUrl } from './links.js';

/*
 * Plain British English for residents who chose English: short sentences, one thing to do
 * per message, the date always written out in full.
 */

const q = (text: string) => `“${text}”`;
const when = (iso: string) => formatDateTime(iso, 'en');
const places = (n: number) => plural('en', n, { one: `${n} place`, other: `${n} places` });

type Session = ContextOf<'booking-confirmed'>['session'];
type Row = [string, string];

const LABELS = { workshop: 'Workshop', when: 'When', duration: 'Duration', place: 'Where' };
const rows = (session: Session): Row[] => sessionRows(session, 'en', LABELS);
const seatsRow = (seats: number): Row => ['Places', places(seats)];

const bookingAction = (links: Links, bookingId: string) => ({
  label: 'View or cancel my booking',
  url: webUrl(links, paths.booking(bookingId)),
});
const sessionAction = (links: Links, sessionId: string) => ({
  label: 'View the workshop',
  url: webUrl(links, paths.session(sessionId)),
});

const PLEASE_CANCEL = 'If you can no longer come, please cancel so that someone else can go.';

function bookingConfirmed(c: ContextOf<'booking-confirmed'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Booking confirmed: ${session.title}, ${when(session.startsAt)}`,
    heading: c.seats > 1 ? 'Your places are booked' : 'Your place is booked',
    paragraphs: [
      `All set: you have ${places(c.seats)} at ${q(session.title)}. We look forward to seeing you.`,
      `${PLEASE_CANCEL} Just open your booking with the link below.`,
    ],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function bookingWaitlisted(c: ContextOf<'booking-waitlisted'>, links: Links): Message {
  const { session } = c;
  const rank = c.position === null ? '' : `, in position ${c.position}`;
  return {
    subject: `Waiting list: ${session.title}, ${when(session.startsAt)}`,
    heading: 'You are on the waiting list',
    paragraphs: [
      `${q(session.title)} is full for now. You are on the waiting list${rank}.`,
      'If a place becomes free, we will write to you straight away. You do not need to do anything until then.',
    ],
    details: [
      ...rows(session),
      ['Places asked for', places(c.seats)],
      ...only<Row>(c.position !== null, ['Your position', String(c.position)]),
    ],
    action: { ...bookingAction(links, c.bookingId), label: 'View my request' },
  };
}

function bookingOffered(c: ContextOf<'booking-offered'>, links: Links): Message {
  const { session } = c;
  const deadline = when(c.offerExpiresAt);
  const many = c.seats > 1;
  const them = many ? 'them' : 'it';
  return {
    subject: `Reply by ${deadline}: ${many ? 'places are' : 'a place is'} waiting for you (${session.title})`,
    heading: many ? 'Places are waiting for you' : 'A place is waiting for you',
    paragraphs: [
      `Good news: ${many ? `${places(c.seats)} have` : 'a place has'} become free at ${q(session.title)}. We are holding ${them} for you until ${deadline}.`,
      `Please tell us whether you will take ${them} by opening the link below.`,
      `If we have not heard from you by then, ${many ? 'the places go' : 'the place goes'} to the next person on the list.`,
    ],
    details: [['Reply by', deadline], ...rows(session), seatsRow(c.seats)],
    action: { ...bookingAction(links, c.bookingId), label: 'Reply now' },
  };
}

function bookingOfferExpired(c: ContextOf<'booking-offer-expired'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Time to reply has passed: ${session.title}`,
    heading: 'The time to reply has passed',
    paragraphs: [
      `We were holding a place for you at ${q(session.title)}, but the time to reply has passed.`,
      'The place has gone to the next person on the list. You can check whether any places are left or choose another date.',
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

type Cause = ContextOf<'booking-cancelled'>['cause'];
const CANCELLED_BECAUSE: Record<Cause, (title: string, date: string) => string> = {
  resident: (t) => `You cancelled your booking for ${t}. Thank you for letting us know.`,
  host: (t) => `The organisers have cancelled your booking for ${t}.`,
  coordinator: (t) => `The organisers have cancelled your booking for ${t}.`,
  declined: (t) => `You turned down the place offered at ${t}. It will go to the next person.`,
  'session-cancelled': (t, d) =>
    `The ${t} session on ${d} is cancelled, so your booking is cancelled too. Please do not travel.`,
};

function bookingCancelled(c: ContextOf<'booking-cancelled'>, links: Links): Message {
  const { session } = c;
  const reason = c.reason?.trim();
  const sessionGone = c.cause === 'session-cancelled';
  return {
    subject: `${sessionGone ? 'Session cancelled' : 'Booking cancelled'}: ${session.title}, ${when(session.startsAt)}`,
    heading: sessionGone ? 'The session is cancelled' : 'Your booking is cancelled',
    paragraphs: [
      CANCELLED_BECAUSE[c.cause](q(session.title), when(session.startsAt)),
      ...only(reason, `Reason: ${reason}`),
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

function bookingPromoted(c: ContextOf<'booking-promoted'>, links: Links): Message {
  const { session } = c;
  const how =
    c.via === 'accepted'
      ? `Thank you for replying: you have ${places(c.seats)} at ${q(session.title)}.`
      : `${c.seats > 1 ? 'Places' : 'A place'} became free at ${q(session.title)} shortly before it starts, so we booked ${c.seats > 1 ? 'them' : 'it'} for you straight away.`;
  return {
    subject: `You have a place: ${session.title}, ${when(session.startsAt)}`,
    heading: c.seats > 1 ? 'Your places are confirmed' : 'Your place is confirmed',
    paragraphs: [how, PLEASE_CANCEL],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function sessionRescheduled(c: ContextOf<'session-rescheduled'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `New date: ${session.title}, now on ${when(session.startsAt)}`,
    heading: 'The session has a new date',
    paragraphs: [
      `The ${q(session.title)} session planned for ${when(c.previousStartsAt)} now takes place on ${when(session.startsAt)}.`,
      'Your booking is kept. Please check the time and place below.',
      'If the new time does not suit you, you can cancel without any penalty.',
    ],
    details: [['Previous date', when(c.previousStartsAt)], ...rows(session)],
    action: bookingAction(links, c.bookingId),
  };
}

function sessionCancelled(c: ContextOf<'session-cancelled'>, links: Links): Message {
  const { session } = c;
  const reason = c.reason.trim();
  return {
    subject: `Session cancelled: ${session.title}, ${when(session.startsAt)}`,
    heading: 'The session is cancelled',
    paragraphs: [
      `The ${q(session.title)} session planned for ${when(session.startsAt)} is cancelled. Please do not travel.`,
      ...only(reason, `Message from the organisers: ${q(reason)}`),
      ...only(c.bookingId, 'Your booking is cancelled too. You do not need to do anything.'),
    ],
    details: rows(session),
    action: sessionAction(links, session.sessionId),
  };
}

function sessionReminder(c: ContextOf<'session-reminder'>, links: Links): Message {
  const { session } = c;
  return {
    subject: `Reminder: ${session.title}, ${when(session.startsAt)}`,
    heading: 'Your workshop is coming up',
    paragraphs: [
      `A quick reminder: you have ${places(c.seats)} at ${q(session.title)} on ${when(session.startsAt)}.`,
      PLEASE_CANCEL,
    ],
    details: [...rows(session), seatsRow(c.seats)],
    action: bookingAction(links, c.bookingId),
  };
}

function attendanceThanks(c: ContextOf<'attendance-thanks'>, links: Links): Message {
  const { session, fund } = c;
  const hours = formatNumber(c.participantHours, 'en');
  const counted = fund
    ? `These hours now count in what the ${q(fund.name)} fund paid for. You can see it on the fund’s public page.`
    : 'These hours now count in the workshops’ record.';
  const people = (n: number) => plural('en', n, { one: `${n} person`, other: `${n} people` });
  return {
    subject: `Thank you for ${q(session.title)}`,
    heading: 'Thank you for running this workshop!',
    paragraphs: [
      `Thank you for running ${q(session.title)} on ${when(session.startsAt)}.`,
      `You welcomed ${people(c.attendees)}, for ${hours} h of participation in all. ${counted}`,
    ],
    details: [
      ...rows(session),
      ['People present', formatNumber(c.attendees, 'en')],
      ['Came without booking', formatNumber(c.walkIns, 'en')],
      ['Hours of participation', `${hours} h`],
      ...only<Row>(c.repairsFixed > 0, ['Items repaired', formatNumber(c.repairsFixed, 'en')]),
    ],
    action: fund
      ? { label: 'See what the fund paid for', url: webUrl(links, paths.fund(fund.fundId)) }
      : null,
  };
}

type Phase = ContextOf<'round-phase'>['phase'];
const PHASES: Record<Phase, { name: string; news: (t: string) => string; action: string }> = {
  upcoming: {
    name: 'opening soon',
    news: (t) => `The participatory budget ${t} will start soon.`,
    action: 'Discover the participatory budget',
  },
  proposals: {
    name: 'proposals',
    news: (t) => `You can now put forward your project ideas for ${t}.`,
    action: 'Suggest an idea',
  },
  review: {
    name: 'review',
    news: (t) => `Proposals for ${t} are closed: they are being reviewed before the vote.`,
    action: 'View the proposals',
  },
  voting: {
    name: 'voting',
    news: (t) => `Voting is open for ${t}: choose the projects you want to support.`,
    action: 'Vote',
  },
  results: {
    name: 'results',
    news: (t) => `Voting for ${t} has ended: the results are available.`,
    action: 'See the results',
  },
  closed: {
    name: 'closed',
    news: (t) => `The participatory budget ${t} is over. Thank you for taking part!`,
    action: 'View the participatory budget',
  },
};

function roundPhase(c: ContextOf<'round-phase'>, links: Links): Message {
  const phase = PHASES[c.phase];
  return {
    subject: `Participatory budget ${q(c.title)}: ${phase.name}`,
    heading: `Participatory budget: ${phase.name}`,
    paragraphs: [phase.news(q(c.title))],
    details: [
      ['Participatory budget', c.title],
      ['Stage', phase.name],
      ['Since', when(c.at)],
    ],
    action: { label: phase.action, url: webUrl(links, paths.round(c.roundId)) },
  };
}

const messages: MessageBuilders = {
  'booking-confirmed': bookingConfirmed,
  'booking-waitlisted': bookingWaitlisted,
  'booking-offered': bookingOffered,
  'booking-offer-expired': bookingOfferExpired,
  'booking-cancelled': bookingCancelled,
  'booking-promoted': bookingPromoted,
  'session-rescheduled': sessionRescheduled,
  'session-cancelled': sessionCancelled,
  'session-reminder': sessionReminder,
  'attendance-thanks': attendanceThanks,
  'share-behind': shareBehind,
  'contribution-decided': contributionDecided,
  'round-phase': roundPhase,
  'account-security': accountSecurity,
  'password-reset-link': passwordResetLink,
  'email-verification-link': emailVerificationLink,
  'email-change-link': emailChangeLink,
};

export const en: Catalogue = {
  locale: 'en',
  messages,
  layout: {
    greeting: 'Hello,',
    signOff: ['See you soon,', 'The Fabrique team'],
    detailsCaption: 'At a glance',
    footerNote:
      'You are receiving this message because you have an account with Fabrique, the shared workshops of our communes.',
    manageNotifications: 'Choose which messages I receive',
    unsubscribe: 'Stop receiving this kind of message',
    textLink: (label, url) => `${label}: ${url}`,
  },
  calendar: {
    filename: 'workshop',
    cancelled: (title) => `Cancelled: ${title}`,
    seats: (n) => `Booking: ${places(n)}.`,
    reason: (reason) => `Reason: ${reason}`,
  },
};
