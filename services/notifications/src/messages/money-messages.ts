import type { ContextOf } from '../domain/context.js';
import type { Catalogue, Links, Message, MessageBuilder } from './catalogue.js';
import { only } from './facts.js';
import { communeName, formatEuros, formatNumber } from './format.js';
import { paths, webUrl } from './links.js';
import { rows, sessionText, when } from './session-messages.js';
import type { DeclarationWords } from './words.js';

/*
 * Messages about the fund and the participatory budget, for every language: the facts each
 * one shows, in which order, and where it links. The words come from the catalogue.
 */

type Row = [string, string];

/** The fund as sentences name it: quoted when it has a name, else the shared fund. */
const fundOf = (cat: Catalogue, name: string | null) =>
  cat.words.money.fund(name ? cat.words.quote(name) : null);

/** Thanks to the hosts, with what their session now counts for in the fund. */
export const attendanceThanks: MessageBuilder<'attendance-thanks'> = (c, cat, links) => {
  const { session, fund } = c;
  const words = cat.words.money.thanks;
  const count = (n: number) => formatNumber(n, cat.locale);
  const hours = count(c.participantHours);
  const s = sessionText(cat, session);
  const counted = fund ? words.fundCounted(cat.words.quote(fund.name)) : words.counted;
  return {
    subject: words.subject(s),
    heading: words.heading,
    paragraphs: [words.news(s), words.welcomed(words.people(c.attendees), hours, counted)],
    details: [
      ...rows(cat, session),
      [words.present, count(c.attendees)],
      [words.walkIns, count(c.walkIns)],
      [words.hours, `${hours} h`],
      ...only<Row>(c.repairsFixed > 0, [words.repaired, count(c.repairsFixed)]),
    ],
    action: fund ? { label: words.action, url: webUrl(links, paths.fund(fund.fundId)) } : null,
  };
};

/** A town hall's contacts hear that its payments fell behind its equal share. */
export const shareBehind: MessageBuilder<'share-behind'> = (c, cat, links) => {
  const { money } = cat.words;
  const words = money.shareBehind;
  const commune = communeName(c.commune);
  const [paid, expected, behind] = [c.paidCents, c.expectedCents, c.behindByCents].map((cents) =>
    formatEuros(cents, cat.locale),
  ) as [string, string, string];
  const fund = fundOf(cat, c.fundName);
  return {
    subject: cat.words.colon(commune, words.stillToPay(behind, fund)),
    heading: words.heading,
    paragraphs: [words.news(commune, paid, fund, expected), words.remaining(behind)],
    details: [
      [words.labels.commune, commune],
      [words.labels.paid, paid],
      [words.labels.expected, expected],
      [words.labels.remaining, behind],
    ],
    action: { label: money.viewFund, url: webUrl(links, paths.fund(c.fundId)) },
  };
};

interface Decision {
  words: DeclarationWords;
  amount: string;
  fund: string;
  /** The amount row, the reference row when there is one, then `status`. */
  details: (status: string) => Row[];
}

/** The declarer hears what the treasurer found on the bank statement (or the deliberation). */
export const contributionDecided: MessageBuilder<'contribution-decided'> = (c, cat, links) => {
  const { labels } = cat.words.money.declaration;
  const amount = formatEuros(c.amountCents, cat.locale);
  const reference = only<Row>(c.reference, [labels.reference, c.reference ?? '']);
  const decision: Decision = {
    words: cat.words.money.declaration.words(c),
    amount,
    fund: fundOf(cat, c.fundName),
    details: (status) => [[labels.amount, amount], ...reference, [labels.status, status]],
  };
  return c.confirmed ? confirmed(c, cat, links, decision) : rejected(c, cat, links, decision);
};

function confirmed(
  c: ContextOf<'contribution-decided'>,
  cat: Catalogue,
  links: Links,
  { words, amount, fund, details }: Decision,
): Message {
  return {
    subject: words.confirmedSubject(amount),
    heading: words.confirmedHeading,
    paragraphs: [words.checked(amount, fund), words.counts],
    details: details(words.confirmed),
    action: { label: cat.words.money.viewFund, url: webUrl(links, paths.fund(c.fundId)) },
  };
}

function rejected(
  c: ContextOf<'contribution-decided'>,
  cat: Catalogue,
  links: Links,
  { words, amount, fund, details }: Decision,
): Message {
  const { declaration } = cat.words.money;
  return {
    subject: declaration.rejectedSubject(amount),
    heading: words.rejectedHeading,
    paragraphs: [
      words.notConfirmed(amount, fund),
      `${declaration.reasonGiven(c.reason)} ${words.tryAgain}`,
    ],
    details: details(words.rejected),
    action: { label: declaration.viewPayments, url: webUrl(links, paths.contribute(c.fundId)) },
  };
}

/** Voters hear that a round of the participatory budget moved to another phase. */
export const roundPhase: MessageBuilder<'round-phase'> = (c, cat, links) => {
  const { colon, quote } = cat.words;
  const { budget, stage, since, phases } = cat.words.money.rounds;
  const phase = phases[c.phase];
  return {
    subject: colon(`${budget} ${quote(c.title)}`, phase.name),
    heading: colon(budget, phase.name),
    paragraphs: [phase.news(quote(c.title))],
    details: [
      [budget, c.title],
      [stage, phase.name],
      [since, when(cat, c.at)],
    ],
    action: { label: phase.action, url: webUrl(links, paths.round(c.roundId)) },
  };
};
