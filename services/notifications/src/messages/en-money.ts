import { plural } from './format.js';
import type { DeclarationWords, MoneyWords } from './words.js';

function declarationWords(kind: { pledge: boolean; door: boolean }): DeclarationWords {
  const thing = kind.door ? 'door money' : kind.pledge ? 'pledge' : 'payment';
  const proof = kind.pledge ? 'against the deliberation or letter' : 'on the bank statement';
  return {
    confirmedSubject: (amount) => `Your ${thing} of ${amount} is confirmed`,
    confirmedHeading: `Thank you, your ${thing} is recorded`,
    checked: (amount, fund) =>
      `The treasurer checked your ${thing} of ${amount} to ${fund} ${proof}.`,
    counts: 'It now counts in the fund’s public figures.',
    confirmed: 'confirmed',
    rejectedHeading: `Your ${thing} could not be confirmed`,
    notConfirmed: (amount, fund) =>
      `The treasurer could not confirm your ${thing} of ${amount} to ${fund}.`,
    rejected: 'not accepted',
    tryAgain: kind.door
      ? 'If you think this is a mistake, tell the coordinators: the money stays recorded with the session.'
      : 'If you think this is a mistake, declare it again with its reference.',
  };
}

export const enMoney: MoneyWords = {
  fund: (name) => (name ? `the ${name} fund` : 'the shared fund'),
  viewFund: 'View the fund',
  thanks: {
    subject: (s) => `Thank you for ${s.quoted}`,
    heading: 'Thank you for running this workshop!',
    news: (s) => `Thank you for running ${s.quoted} on ${s.date}.`,
    people: (n) => plural('en', n, { one: `${n} person`, other: `${n} people` }),
    welcomed: (people, hours, counted) =>
      `You welcomed ${people}, for ${hours} h of participation in all. ${counted}`,
    fundCounted: (fund) =>
      `These hours now count in what the ${fund} fund paid for. You can see it on the fund’s public page.`,
    counted: 'These hours now count in the workshops’ record.',
    present: 'People present',
    walkIns: 'Came without booking',
    hours: 'Hours of participation',
    repaired: 'Items repaired',
    action: 'See what the fund paid for',
  },
  shareBehind: {
    stillToPay: (amount, fund) => `${amount} still to pay into ${fund}`,
    heading: 'The commune’s contribution is behind',
    news: (commune, paid, fund, expected) =>
      `So far, ${commune} has paid ${paid} into ${fund}, while its share, equal to that of the other communes, is ${expected}.`,
    remaining: (amount) =>
      `That leaves ${amount} to pay. Each commune’s payments are shown on the fund’s page.`,
    labels: {
      commune: 'Commune',
      paid: 'Paid so far',
      expected: 'Expected share',
      remaining: 'Still to pay',
    },
  },
  declaration: {
    words: declarationWords,
    rejectedSubject: (amount) => `Your declaration of ${amount} was not accepted`,
    reasonGiven: (reason) => `The reason given: ${reason ?? 'none'}.`,
    labels: { amount: 'Amount', reference: 'Reference', status: 'Status' },
    viewPayments: 'View my payments',
  },
  rounds: {
    budget: 'Participatory budget',
    stage: 'Stage',
    since: 'Since',
    phases: {
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
    },
  },
};
