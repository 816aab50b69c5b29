import type { NotificationKind } from '../domain/kinds.js';
import type { ContextOf, NotificationContext } from '../domain/context.js';
import type { Locale } from './format.js';

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

export type MessageBuilders = {
  [K in NotificationKind]: (context: ContextOf<K>, links: Links) => Message;
};

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
  messages: MessageBuilders;
  layout: LayoutStrings;
  calendar: CalendarStrings;
}

/**
 * The builder of `context.kind` applied to `context`. TypeScript cannot relate a union
 * member to its own entry of a mapped type, hence the one cast, checked by the mapping.
 */
export function buildMessage(
  catalogue: Catalogue,
  context: NotificationContext,
  links: Links,
): Message {
  const builder = catalogue.messages[context.kind] as (c: NotificationContext, l: Links) => Message;
  return builder(context, links);
}
