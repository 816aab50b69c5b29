import type { ContextOf } from '../domain/context.js';
import type { SessionLabels } from './facts.js';

/*
 * The string table of one language: only words and the language's own formatting. Which
 * facts a message shows, in what order, and where it links are decided once for every
 * language by the builders (session-messages.ts, money-messages.ts, account-messages.ts).
 * Sentences are functions of facts already formatted, because word order and agreement
 * differ between languages.
 */

/** A session as the sentences use it, already formatted in the language. */
export interface SessionText {
  /** As typed, for subjects. */
  title: string;
  /** Quoted the language's way, for sentences. */
  quoted: string;
  /** When it starts, written out in full. */
  date: string;
}

/** A session with the booking's seats: the counted words, and whether they are plural. */
export interface SeatsText extends SessionText {
  places: string;
  many: boolean;
}

type Say<F> = (facts: F) => string;
type Cause = ContextOf<'booking-cancelled'>['cause'];
type Phase = ContextOf<'round-phase'>['phase'];

export interface SessionWords {
  /** « Motif : x » / "Reason: x": the language's way to put a label before a value. */
  colon: (label: string, value: string) => string;
  quote: (text: string) => string;
  places: (count: number) => string;
  labels: SessionLabels;
  /** Row label of the seats booked. */
  seats: string;
  bookingAction: string;
  sessionAction: string;
  pleaseCancel: string;
  confirmed: { topic: string; heading: Say<boolean>; news: Say<SeatsText>; howToCancel: string };
  waitlisted: {
    topic: string;
    heading: string;
    full: (session: SessionText, rank: string) => string;
    rank: Say<number>;
    meanwhile: string;
    seatsAsked: string;
    position: string;
    action: string;
  };
  offered: {
    subject: (seats: SeatsText, deadline: string) => string;
    heading: Say<boolean>;
    news: (seats: SeatsText, deadline: string) => string;
    answer: Say<boolean>;
    otherwise: Say<boolean>;
    replyBy: string;
    action: string;
  };
  offerExpired: { topic: string; heading: string; news: Say<SessionText>; next: string };
  cancelled: {
    /** The topic and heading depend on whether the whole session is off. */
    topic: Say<boolean>;
    heading: Say<boolean>;
    because: Record<Cause, Say<SessionText>>;
    reason: string;
  };
  promoted: {
    topic: string;
    heading: Say<boolean>;
    accepted: Say<SeatsText>;
    autoConfirmed: Say<SeatsText>;
  };
  rescheduled: {
    subject: Say<SessionText>;
    heading: string;
    news: (session: SessionText, previous: string) => string;
    kept: string;
    cancelFreely: string;
    previousDate: string;
  };
  sessionCancelled: {
    topic: string;
    heading: string;
    news: Say<SessionText>;
    organisers: string;
    bookingToo: string;
  };
  reminder: { topic: string; heading: string; news: Say<SeatsText> };
}

/** What a declaration is called (a payment, a promise, door money) and the words agreeing with it. */
export interface DeclarationWords {
  confirmedSubject: Say<string>;
  confirmedHeading: string;
  checked: (amount: string, fund: string) => string;
  counts: string;
  confirmed: string;
  rejectedHeading: string;
  notConfirmed: (amount: string, fund: string) => string;
  rejected: string;
  tryAgain: string;
}

export interface MoneyWords {
  /** The fund as a sentence names it; its quoted name, or null for the shared fund. */
  fund: (quotedName: string | null) => string;
  viewFund: string;
  thanks: {
    subject: Say<SessionText>;
    heading: string;
    news: Say<SessionText>;
    people: Say<number>;
    welcomed: (people: string, hours: string, counted: string) => string;
    fundCounted: Say<string>;
    counted: string;
    present: string;
    walkIns: string;
    hours: string;
    repaired: string;
    action: string;
  };
  shareBehind: {
    stillToPay: (amount: string, fund: string) => string;
    heading: string;
    news: (commune: string, paid: string, fund: string, expected: string) => string;
    remaining: Say<string>;
    labels: { commune: string; paid: string; expected: string; remaining: string };
  };
  declaration: {
    words: (kind: { pledge: boolean; door: boolean }) => DeclarationWords;
    rejectedSubject: Say<string>;
    reasonGiven: Say<string | null>;
    labels: { amount: string; reference: string; status: string };
    viewPayments: string;
  };
  rounds: {
    budget: string;
    stage: string;
    since: string;
    phases: Record<Phase, { name: string; news: Say<string>; action: string }>;
  };
}

/** A link sent by email to open something in the account. */
export interface LinkWords {
  subject: string;
  heading: string;
  news: string;
  ifNotYou: string;
  action: string;
}

export interface AccountWords {
  /** Row labels: when it happened, until when the link works. */
  on: string;
  validUntil: string;
  passwordChanged: {
    title: string;
    how: Record<'password-changed' | 'password-reset', string>;
    news: Say<string>;
    ifNotYou: string;
    action: string;
  };
  emailChanged: { title: string; news: Say<string | undefined>; ifNotYou: string };
  resetLink: LinkWords;
  verificationLink: LinkWords;
  changeLink: Omit<LinkWords, 'news'> & { news: Say<string> };
}

export interface Words extends SessionWords {
  money: MoneyWords;
  account: AccountWords;
}
