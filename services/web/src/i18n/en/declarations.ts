import type { declarations as fr } from '../fr/declarations.js';

/** Declared contributions: the giver's list, the treasurer's queue and the bank statement. */
export const declarations: typeof fr = {
  declared: (amount: string, day: string) =>
    `Thank you! Your payment of ${amount} on ${day} is declared. It will count in the fund’s figures once the treasurer finds it on the bank statement; you will get a message.`,
  pledgeDeclared: (amount: string, day: string) =>
    `Thank you! Your pledge of ${amount} on ${day} is declared. It will count in the fund’s figures once a coordinator confirms it; you will get a message.`,
  kind: 'Type',
  kinds: { contribution: 'Payment', pledge: 'Pledge' },
  atTheDoor: 'Money taken at a workshop’s door',
  mineTitle: 'Payments and pledges you declared',
  mineEmpty: 'You have not declared any payment to this fund.',
  caption: 'Declared payments',
  day: 'Date',
  amount: 'Amount',
  reference: 'Reference',
  status: 'Status',
  statuses: {
    declared: 'Waiting for the treasurer',
    confirmed: 'Confirmed',
    rejected: 'Not accepted',
  },
  reason: (reason: string) => `(${reason})`,
  pendingTitle: 'Declared payments to check',
  pendingIntro:
    'These payments do not count yet. Confirm the ones you find on the fund’s bank statement, or refuse them saying why.',
  nonePending: 'No declared payment is waiting to be checked.',
  resident: 'A resident’s gift',
  organisation: (name: string) => `Payment from ${name}`,
  declaredOn: (day: string, reference: string | null) =>
    reference ? `Dated ${day}, reference ${reference}` : `Dated ${day}, no reference`,
  confirm: 'Confirm',
  reject: 'Refuse',
  about: (amount: string) => ` the payment of ${amount}`,
  rejectReason: 'Why it is refused',
  rejectHint: 'The person who declared the payment will get it in a message.',
  rejectMissing: 'Say why it is refused.',
  confirmReject: 'Refuse it',
  confirmed: (amount: string) => `The payment of ${amount} is confirmed and counts in the fund.`,
  rejected: (amount: string) => `The payment of ${amount} is refused.`,
  statementTitle: 'Match a bank statement',
  statementIntro:
    'Choose the statement your bank exported (a CSV file with date, label and amount columns). Each credit is matched with the declared payment of the same amount whose reference its label shows. Nothing is confirmed until you ask.',
  statementFile: 'Bank statement (CSV)',
  statementMissing: 'Choose a CSV file.',
  statementCheck: 'Check the statement',
  statementApply: (n: number) =>
    n === 1 ? 'Confirm the payment found' : `Confirm the ${n} payments found`,
  statementNone: 'No credit on the statement matches a declared payment waiting.',
  statementDone: (n: number) => (n === 1 ? '1 payment confirmed.' : `${n} payments confirmed.`),
  line: 'Line',
  label: 'Label',
  outcome: 'Outcome',
  outcomes: {
    matched: 'Found',
    confirmed: 'Confirmed',
    unmatched: 'No declared payment',
    ambiguous: 'Several payments possible: confirm by hand',
    'outside-period': 'Date outside the fund’s period',
    'not-confirmed': 'Not confirmed',
  },
  unreadable: (line: number, problem: string) => `Line ${line}: unreadable ${problem}.`,
  unreadableParts: { date: 'date', amount: 'amount', reference: 'label' },
};
