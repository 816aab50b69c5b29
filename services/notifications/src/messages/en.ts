import type { Catalogue } from './catalogue.js';
import { enAccount } from './en-account.js';
import { enMoney } from './en-money.js';
import { plural } from './format.js';
import type { SessionWords } from './words.js';

/*
 * Plain British English for residents who chose English: short sentences, one thing to do
 * per message, the date always written out in full.
 */

const places = (n: number) => plural('en', n, { one: `${n} place`, other: `${n} places` });
/** Which pronoun stands for the seats held. */
const them = (many: boolean) => (many ? 'them' : 'it');

const PLEASE_CANCEL = 'If you can no longer come, please cancel so that someone else can go.';
const ORGANISERS_CANCELLED = (t: string) => `The organisers have cancelled your booking for ${t}.`;

const sessions: SessionWords = {
  colon: (label, value) => `${label}: ${value}`,
  quote: (text) => `“${text}”`,
  places,
  labels: { workshop: 'Workshop', when: 'When', duration: 'Duration', place: 'Where' },
  seats: 'Places',
  bookingAction: 'View or cancel my booking',
  sessionAction: 'View the workshop',
  pleaseCancel: PLEASE_CANCEL,
  confirmed: {
    topic: 'Booking confirmed',
    heading: (many) => (many ? 'Your places are booked' : 'Your place is booked'),
    news: (s) => `All set: you have ${s.places} at ${s.quoted}. We look forward to seeing you.`,
    howToCancel: 'Just open your booking with the link below.',
  },
  waitlisted: {
    topic: 'Waiting list',
    heading: 'You are on the waiting list',
    full: (s, rank) => `${s.quoted} is full for now. You are on the waiting list${rank}.`,
    rank: (position) => `, in position ${position}`,
    meanwhile:
      'If a place becomes free, we will write to you straight away. You do not need to do anything until then.',
    seatsAsked: 'Places asked for',
    position: 'Your position',
    action: 'View my request',
  },
  offered: {
    subject: (s, deadline) =>
      `Reply by ${deadline}: ${s.many ? 'places are' : 'a place is'} waiting for you (${s.title})`,
    heading: (many) => (many ? 'Places are waiting for you' : 'A place is waiting for you'),
    news: (s, deadline) =>
      `Good news: ${s.many ? `${s.places} have` : 'a place has'} become free at ${s.quoted}. We are holding ${them(s.many)} for you until ${deadline}.`,
    answer: (many) =>
      `Please tell us whether you will take ${them(many)} by opening the link below.`,
    otherwise: (many) =>
      `If we have not heard from you by then, ${many ? 'the places go' : 'the place goes'} to the next person on the list.`,
    replyBy: 'Reply by',
    action: 'Reply now',
  },
  offerExpired: {
    topic: 'Time to reply has passed',
    heading: 'The time to reply has passed',
    news: (s) =>
      `We were holding a place for you at ${s.quoted}, but the time to reply has passed.`,
    next: 'The place has gone to the next person on the list. You can check whether any places are left or choose another date.',
  },
  cancelled: {
    topic: (sessionGone) => (sessionGone ? 'Session cancelled' : 'Booking cancelled'),
    heading: (sessionGone) =>
      sessionGone ? 'The session is cancelled' : 'Your booking is cancelled',
    because: {
      resident: (s) => `You cancelled your booking for ${s.quoted}. Thank you for letting us know.`,
      host: (s) => ORGANISERS_CANCELLED(s.quoted),
      coordinator: (s) => ORGANISERS_CANCELLED(s.quoted),
      declined: (s) =>
        `You turned down the place offered at ${s.quoted}. It will go to the next person.`,
      'session-cancelled': (s) =>
        `The ${s.quoted} session on ${s.date} is cancelled, so your booking is cancelled too. Please do not travel.`,
    },
    reason: 'Reason',
  },
  promoted: {
    topic: 'You have a place',
    heading: (many) => (many ? 'Your places are confirmed' : 'Your place is confirmed'),
    accepted: (s) => `Thank you for replying: you have ${s.places} at ${s.quoted}.`,
    autoConfirmed: (s) =>
      `${s.many ? 'Places' : 'A place'} became free at ${s.quoted} shortly before it starts, so we booked ${them(s.many)} for you straight away.`,
  },
  rescheduled: {
    subject: (s) => `New date: ${s.title}, now on ${s.date}`,
    heading: 'The session has a new date',
    news: (s, previous) =>
      `The ${s.quoted} session planned for ${previous} now takes place on ${s.date}.`,
    kept: 'Your booking is kept. Please check the time and place below.',
    cancelFreely: 'If the new time does not suit you, you can cancel without any penalty.',
    previousDate: 'Previous date',
  },
  sessionCancelled: {
    topic: 'Session cancelled',
    heading: 'The session is cancelled',
    news: (s) =>
      `The ${s.quoted} session planned for ${s.date} is cancelled. Please do not travel.`,
    organisers: 'Message from the organisers',
    bookingToo: 'Your booking is cancelled too. You do not need to do anything.',
  },
  reminder: {
    topic: 'Reminder',
    heading: 'Your workshop is coming up',
    news: (s) => `A quick reminder: you have ${s.places} at ${s.quoted} on ${s.date}.`,
  },
};

export const en: Catalogue = {
  locale: 'en',
  words: { ...sessions, money: enMoney, account: enAccount },
  // English needs no typographic fix-up.
  typography: (text) => text,
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
