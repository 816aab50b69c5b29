import type { NotificationKind } from '../domain/kinds.js';
import type { ContextOf } from '../domain/context.js';
import type { Locale } from './format.js';
import type { Words } from './words.js';

/** Where the web app lives, e.g. `http://127.0.0.1:8080`; links are built from it. */
export interface Links {
  base: string;
}

/** A message's content, independent of how it is laid out (email, plain text, in-app). */
export interface Message {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** Label and value rows, shown as a table in email. */
  details: Array<[label: string, value: string]>;
  /** The one thing to do next; absolute URL. */
  action: { label: string; url: string } | null;
}

/** How a kind is built from its context and a language's words: one for every language. */
export type MessageBuilder<K extends NotificationKind> = (
  context: ContextOf<K>,
  catalogue: Catalogue,
  links: Links,
) => Message;

export type MessageBuilders = { [K in NotificationKind]: MessageBuilder<K> };

/** Words around every message: greeting, sign-off and footer. */
export interface LayoutStrings {
  greeting: string;
  signOff: string[];
  detailsCaption: string;
  /** Why the person receives this email. */
  footerNote: string;
  manageNotifications: string;
  unsubscribe: string;
  /** A link written out in plain text. */
  textLink: (label: string, url: string) => string;
}

/** Words of a calendar attachment (the event itself is the same in every language). */
export interface CalendarStrings {
  /** Attachment file name, without extension. */
  filename: string;
  /** Event title once cancelled. */
  cancelled: (title: string) => string;
  /** Description line: how many seats are booked. */
  seats: (count: number) => string;
  /** Description line: why it was cancelled. */
  reason: (reason: string) => string;
}

/** All the user-facing words of one language. */
export interface Catalogue {
  locale: Locale;
  words: Words;
  /** Applied to every finished piece of text, never to URLs (French spacing, for one). */
  typography: (text: string) => string;
  layout: LayoutStrings;
  calendar: CalendarStrings;
}
