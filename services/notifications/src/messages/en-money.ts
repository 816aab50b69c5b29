import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { communeName, formatEuros } from './format.js';
import { paths, webUrl } from './links.js';

const q = (text: string) => `“${text}”`;

/** The declarer hears what the treasurer found on the bank statement (or the deliberation). */
export function contributionDecided(c: ContextOf<'contribution-decided'>, links: Links): Message {
  const amount = formatEuros(c.amountCents, 'en');
  const fund = c.fundName ? `the ${q(c.fundName)} fund` : 'the shared fund';
  const reference: [string, string][] = c.reference ? [['Reference', c.reference]] : [];
  const thing = c.door ? 'door money' : c.pledge ? 'pledge' : 'payment';
  const proof = c.pledge ? 'against the deliberation or letter' : 'on the bank statement';
  if (c.confirmed)
    return {
      subject: `Your ${thing} of ${amount} is confirmed`,
      heading: `Thank you, your ${thing} is recorded`,
      paragraphs: [
        `The treasurer checked your ${thing} of ${amount} to ${fund} ${proof}.`,
        'It now counts in the fund’s public figures.',
      ],
      details: [['Amount', amount], ...reference, ['Status', 'confirmed']],
      action: { label: 'View the fund', url: webUrl(links, paths.fund(c.fundId)) },
    };
  return {
    subject: `Your declaration of ${amount} was not accepted`,
    heading: `Your ${thing} could not be confirmed`,
    paragraphs: [
      `The treasurer could not confirm your ${thing} of ${amount} to ${fund}.`,
      `The reason given: ${c.reason ?? 'none'}. ${
        c.door
          ? 'If you think this is a mistake, tell the coordinators: the money stays recorded with the session.'
          : 'If you think this is a mistake, declare it again with its reference.'
      }`,
    ],
    details: [['Amount', amount], ...reference, ['Status', 'not accepted']],
    action: { label: 'View my payments', url: webUrl(links, paths.contribute(c.fundId)) },
  };
}

/** A town hall's contacts hear that its payments fell behind its equal share. */
export function shareBehind(c: ContextOf<'share-behind'>, links: Links): Message {
  const commune = communeName(c.commune);
  const euros = (cents: number) => formatEuros(cents, 'en');
  const fund = c.fundName ? `the ${q(c.fundName)} fund` : 'the shared fund';
  return {
    subject: `${commune}: ${euros(c.behindByCents)} still to pay into ${fund}`,
    heading: 'The commune’s contribution is behind',
    paragraphs: [
      `So far, ${commune} has paid ${euros(c.paidCents)} into ${fund}, while its share, equal to that of the other communes, is ${euros(c.expectedCents)}.`,
      `That leaves ${euros(c.behindByCents)} to pay. Each commune’s payments are shown on the fund’s page.`,
    ],
    details: [
      ['Commune', commune],
      ['Paid so far', euros(c.paidCents)],
      ['Expected share', euros(c.expectedCents)],
      ['Still to pay', euros(c.behindByCents)],
    ],
    action: { label: 'View the fund', url: webUrl(links, paths.fund(c.fundId)) },
  };
}
