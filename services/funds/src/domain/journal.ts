import type { Delivery } from './delivery.js';
import { effectiveKind, type Entry } from './entry.js';
import { valuedCents, volunteerMinutes, type VolunteerRate } from './in-kind.js';
import type { FunderCategory } from './fund.js';

/**
 * Which account of the association's chart each kind of ledger line goes to. The defaults
 * follow the associations' chart of accounts (ANC regulation 2018-06): a coordinator changes
 * them to match the treasurer's own chart.
 */
export interface JournalAccounts {
  /** The journal's code in the accounting software ("BQ": the bank journal). */
  journalCode: string;
  bank: string;
  /** Where money received is credited, by who gave it. */
  categories: Record<FunderCategory, string>;
  /** Money collected at a session's door: the users' participation. */
  atTheDoor: string;
  /** Volunteers' time, in kind: what it was used for (86) and where it came from (87). */
  inKindUse: string;
  inKindSource: string;
  /** Where expenses are debited, unless their budget line has its own account. */
  expenses: string;
  lineItems: Record<string, string>;
}

export const DEFAULT_JOURNAL_ACCOUNTS: JournalAccounts = {
  journalCode: 'BQ',
  bank: '512000',
  categories: {
    // 74 Subventions d'exploitation — communes et groupements.
    municipalities: '744000',
    // 7545 Mécénat (businesses' gifts).
    businesses: '754500',
    // 7541 Dons manuels (residents' gifts).
    residents: '754100',
  },
  // 706 Prestations de services (users' participation).
  atTheDoor: '706000',
  // 864 Personnel bénévole / 875 Bénévolat: contributions in kind, outside the bank.
  inKindUse: '864000',
  inKindSource: '875000',
  // 606 Achats non stockés de matières et fournitures.
  expenses: '606000',
  lineItems: {},
};

/** One line of the journal: a debit or a credit, never both. */
export interface JournalLine {
  date: Date;
  piece: string;
  account: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

/** Kinds that move money in or out of the bank; pledges and allocations are promises and plans. */
const CASH_KINDS = new Set(['contribution', 'expense', 'refund']);

function accountsOf(entry: Entry, accounts: JournalAccounts): { debit: string; credit: string } {
  const kind = effectiveKind(entry);
  const categoryAccount = entry.sessionId
    ? accounts.atTheDoor
    : entry.category
      ? accounts.categories[entry.category]
      : accounts.expenses;
  if (kind === 'contribution') return { debit: accounts.bank, credit: categoryAccount };
  if (kind === 'refund') return { debit: categoryAccount, credit: accounts.bank };
  const expense = (entry.lineItemId && accounts.lineItems[entry.lineItemId]) || accounts.expenses;
  return { debit: expense, credit: accounts.bank };
}

/**
 * Each cash entry as a balanced pair of lines. A reversal is the pair of what it reverses,
 * sides swapped, so the accounts net to zero as in the ledger; the bank account's balance is
 * the ledger's balance to the cent.
 */
export function journalLines(
  entries: Entry[],
  accounts: JournalAccounts,
  labelOf: (entry: Entry) => string,
): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const entry of entries) {
    if (!CASH_KINDS.has(effectiveKind(entry))) continue;
    const { debit, credit } = accountsOf(entry, accounts);
    const cents = Math.abs(entry.amountCents);
    const [debitAccount, creditAccount] = entry.amountCents < 0 ? [credit, debit] : [debit, credit];
    const common = { date: entry.occurredAt, piece: entry.source.ref, label: labelOf(entry) };
    lines.push(
      { ...common, account: debitAccount, debitCents: cents, creditCents: 0 },
      { ...common, account: creditAccount, debitCents: 0, creditCents: cents },
    );
  }
  return lines;
}

/**
 * Volunteers' hours of each session, valued at the rate of its day, as a pair 864/875: they
 * balance each other and never touch the bank, as the associations' chart asks.
 */
export function inKindLines(
  deliveries: Delivery[],
  rates: VolunteerRate[],
  accounts: JournalAccounts,
): JournalLine[] {
  return deliveries.flatMap((d) => {
    const cents = valuedCents(d, rates);
    if (cents === 0) return [];
    const hours = Math.round((volunteerMinutes(d) / 60) * 100) / 100;
    const common = {
      date: d.startsAt,
      piece: `session-${d.sessionId.slice(0, 8)}`,
      label: `Bénévolat : ${String(hours).replace('.', ',')} h`,
    };
    return [
      { ...common, account: accounts.inKindUse, debitCents: cents, creditCents: 0 },
      { ...common, account: accounts.inKindSource, debitCents: 0, creditCents: cents },
    ];
  });
}
