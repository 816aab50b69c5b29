import type { SessionFacts } from '../domain/context.js';
import type { Catalogue, Links, MessageBuilder } from './catalogue.js';
import { only, sessionRows } from './facts.js';
import { formatDateTime } from './format.js';
import { paths, webUrl } from './links.js';
import type { SeatsText, SessionText } from './words.js';

/*
 * Messages about a booking or its session, for every language: the facts each one shows,
 * in which order, and where it links. The words come from the catalogue.
 */

type Row = [string, string];

export const when = (cat: Catalogue, iso: string) => formatDateTime(iso, cat.locale);

export function sessionText(cat: Catalogue, session: SessionFacts): SessionText {
  const { title, startsAt } = session;
  return { title, quoted: cat.words.quote(title), date: when(cat, startsAt) };
}

const seatsText = (cat: Catalogue, session: SessionFacts, seats: number): SeatsText => ({
  ...sessionText(cat, session),
  places: cat.words.places(seats),
  many: seats > 1,
});

export const rows = (cat: Catalogue, session: SessionFacts): Row[] =>
  sessionRows(session, cat.locale, cat.words.labels);
const seatsRow = (cat: Catalogue, seats: number): Row => [cat.words.seats, cat.words.places(seats)];

/** Most subjects: what happened, then which session and when. */
const about = (cat: Catalogue, topic: string, s: SessionText) =>
  cat.words.colon(topic, `${s.title}, ${s.date}`);

const bookingAction = (cat: Catalogue, links: Links, bookingId: string, label?: string) => ({
  label: label ?? cat.words.bookingAction,
  url: webUrl(links, paths.booking(bookingId)),
});
const sessionAction = (cat: Catalogue, links: Links, sessionId: string) => ({
  label: cat.words.sessionAction,
  url: webUrl(links, paths.session(sessionId)),
});

export const bookingConfirmed: MessageBuilder<'booking-confirmed'> = (c, cat, links) => {
  const { confirmed: words, pleaseCancel } = cat.words;
  const s = seatsText(cat, c.session, c.seats);
  return {
    subject: about(cat, words.topic, s),
    heading: words.heading(s.many),
    paragraphs: [words.news(s), `${pleaseCancel} ${words.howToCancel}`],
    details: [...rows(cat, c.session), seatsRow(cat, c.seats)],
    action: bookingAction(cat, links, c.bookingId),
  };
};

export const bookingWaitlisted: MessageBuilder<'booking-waitlisted'> = (c, cat, links) => {
  const words = cat.words.waitlisted;
  const s = sessionText(cat, c.session);
  const rank = c.position === null ? '' : words.rank(c.position);
  return {
    subject: about(cat, words.topic, s),
    heading: words.heading,
    paragraphs: [words.full(s, rank), words.meanwhile],
    details: [
      ...rows(cat, c.session),
      [words.seatsAsked, cat.words.places(c.seats)],
      ...only<Row>(c.position !== null, [words.position, String(c.position)]),
    ],
    action: bookingAction(cat, links, c.bookingId, words.action),
  };
};

/** The most urgent message: the seats are held until a deadline, said first. */
export const bookingOffered: MessageBuilder<'booking-offered'> = (c, cat, links) => {
  const words = cat.words.offered;
  const s = seatsText(cat, c.session, c.seats);
  const deadline = when(cat, c.offerExpiresAt);
  return {
    subject: words.subject(s, deadline),
    heading: words.heading(s.many),
    paragraphs: [words.news(s, deadline), words.answer(s.many), words.otherwise(s.many)],
    details: [[words.replyBy, deadline], ...rows(cat, c.session), seatsRow(cat, c.seats)],
    action: bookingAction(cat, links, c.bookingId, words.action),
  };
};

export const bookingOfferExpired: MessageBuilder<'booking-offer-expired'> = (c, cat, links) => {
  const words = cat.words.offerExpired;
  const s = sessionText(cat, c.session);
  return {
    subject: cat.words.colon(words.topic, s.title),
    heading: words.heading,
    paragraphs: [words.news(s), words.next],
    details: rows(cat, c.session),
    action: sessionAction(cat, links, c.session.sessionId),
  };
};

export const bookingCancelled: MessageBuilder<'booking-cancelled'> = (c, cat, links) => {
  const words = cat.words.cancelled;
  const s = sessionText(cat, c.session);
  const reason = c.reason?.trim();
  const sessionGone = c.cause === 'session-cancelled';
  return {
    subject: about(cat, words.topic(sessionGone), s),
    heading: words.heading(sessionGone),
    paragraphs: [
      words.because[c.cause](s),
      ...(reason ? [cat.words.colon(words.reason, reason)] : []),
    ],
    details: rows(cat, c.session),
    action: sessionAction(cat, links, c.session.sessionId),
  };
};

export const bookingPromoted: MessageBuilder<'booking-promoted'> = (c, cat, links) => {
  const words = cat.words.promoted;
  const s = seatsText(cat, c.session, c.seats);
  const how = c.via === 'accepted' ? words.accepted(s) : words.autoConfirmed(s);
  return {
    subject: about(cat, words.topic, s),
    heading: words.heading(s.many),
    paragraphs: [how, cat.words.pleaseCancel],
    details: [...rows(cat, c.session), seatsRow(cat, c.seats)],
    action: bookingAction(cat, links, c.bookingId),
  };
};

export const sessionRescheduled: MessageBuilder<'session-rescheduled'> = (c, cat, links) => {
  const words = cat.words.rescheduled;
  const s = sessionText(cat, c.session);
  const previous = when(cat, c.previousStartsAt);
  return {
    subject: words.subject(s),
    heading: words.heading,
    paragraphs: [words.news(s, previous), words.kept, words.cancelFreely],
    details: [[words.previousDate, previous], ...rows(cat, c.session)],
    action: bookingAction(cat, links, c.bookingId),
  };
};

export const sessionCancelled: MessageBuilder<'session-cancelled'> = (c, cat, links) => {
  const { sessionCancelled: words, colon, quote } = cat.words;
  const s = sessionText(cat, c.session);
  const reason = c.reason.trim();
  return {
    subject: about(cat, words.topic, s),
    heading: words.heading,
    paragraphs: [
      words.news(s),
      ...only(reason, colon(words.organisers, quote(reason))),
      ...only(c.bookingId, words.bookingToo),
    ],
    details: rows(cat, c.session),
    action: sessionAction(cat, links, c.session.sessionId),
  };
};

export const sessionReminder: MessageBuilder<'session-reminder'> = (c, cat, links) => {
  const words = cat.words.reminder;
  const s = seatsText(cat, c.session, c.seats);
  return {
    subject: about(cat, words.topic, s),
    heading: words.heading,
    paragraphs: [words.news(s), cat.words.pleaseCancel],
    details: [...rows(cat, c.session), seatsRow(cat, c.seats)],
    action: bookingAction(cat, links, c.bookingId),
  };
};
