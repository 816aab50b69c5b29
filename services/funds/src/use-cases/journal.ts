import type { Entry } from '../domain/entry.js';
import { ratesOf, type Fund } from '../domain/fund.js';
import {
  DEFAULT_JOURNAL_ACCOUNTS,
  inKindLines,
  journalLines,
  type JournalAccounts,
  type JournalLine,
} from '../domain/journal.js';
import { fundErrors } from '../domain/errors.js';
import type { Actor, FundsDeps } from './deps.js';

type StoredAccounts = Partial<JournalAccounts> & { _id: string };

/** The fund's accounts: what a coordinator set, the associations' chart for the rest. */
export async function journalAccountsOf(deps: FundsDeps, fund: Fund): Promise<JournalAccounts> {
  const stored = await deps.models.journalAccounts.findById(fund.id).lean<StoredAccounts>();
  const d = DEFAULT_JOURNAL_ACCOUNTS;
  return {
    journalCode: stored?.journalCode ?? d.journalCode,
    bank: stored?.bank ?? d.bank,
    categories: { ...d.categories, ...stored?.categories },
    atTheDoor: stored?.atTheDoor ?? d.atTheDoor,
    inKindUse: stored?.inKindUse ?? d.inKindUse,
    inKindSource: stored?.inKindSource ?? d.inKindSource,
    expenses: stored?.expenses ?? d.expenses,
    lineItems: { ...d.lineItems, ...stored?.lineItems },
  };
}

/** Accounts added after the first table: a table saved without them keeps the defaults. */
type Defaulted = 'atTheDoor' | 'inKindUse' | 'inKindSource';

/** Replaces the fund's accounts (a whole table: the last one saved is the one used). */
export async function setJournalAccounts(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  request: Omit<JournalAccounts, Defaulted> & Partial<Record<Defaulted, string | undefined>>,
): Promise<JournalAccounts> {
  const d = DEFAULT_JOURNAL_ACCOUNTS;
  const accounts: JournalAccounts = {
    ...request,
    atTheDoor: request.atTheDoor ?? d.atTheDoor,
    inKindUse: request.inKindUse ?? d.inKindUse,
    inKindSource: request.inKindSource ?? d.inKindSource,
  };
  const unknown = Object.keys(accounts.lineItems).filter(
    (id) => !fund.lineItems.some((l) => l.id === id),
  );
  if (unknown.length > 0)
    throw fundErrors.UNKNOWN_LINE_ITEM({
      fr: `Aucune ligne budgétaire ${unknown.join(', ')} dans ce fonds commun.`,
      en: `No budget line ${unknown.join(', ')} in this fund.`,
    });
  await deps.models.journalAccounts.replaceOne(
    { _id: fund.id },
    { ...accounts, updatedBy: actor.accountId, updatedAt: deps.now() },
    { upsert: true },
  );
  return accounts;
}

const KIND_LABELS = { contribution: 'Versement', expense: 'Dépense', refund: 'Remboursement' };

/** A line's label as the treasurer reads it: who gave, or what was bought. */
function labeller(organisations: Map<string, string>) {
  return (entry: Entry): string => {
    const kind = entry.kind === 'reversal' ? entry.reversedKind : entry.kind;
    const base =
      kind === 'expense'
        ? (entry.note ?? KIND_LABELS.expense)
        : entry.sessionId
          ? 'Participation à la porte d’un atelier'
          : entry.contributor?.type === 'organisation'
            ? `${KIND_LABELS[kind === 'refund' ? 'refund' : 'contribution']} ${organisations.get(entry.contributor.id) ?? entry.contributor.id}`
            : kind === 'refund'
              ? 'Remboursement d’un don d’habitant'
              : 'Don d’un habitant';
    return entry.kind === 'reversal' ? `Annulation : ${base}` : base;
  };
}

/** The fund's cash entries as journal lines, with the fund's accounts. */
export async function journalOf(
  deps: FundsDeps,
  fund: Fund,
): Promise<{ accounts: JournalAccounts; lines: JournalLine[] }> {
  const accounts = await journalAccountsOf(deps, fund);
  const organisations = await deps.models.organisations
    .find({}, { name: 1 })
    .lean<{ _id: string; name: string }[]>();
  const names = new Map(organisations.map((o) => [o._id, o.name]));
  const entries = await deps.book.entriesOf(fund);
  const deliveries = await deps.book.deliveriesOf(fund);
  const lines = [
    ...journalLines(entries, accounts, labeller(names)),
    ...inKindLines(deliveries, ratesOf(fund), accounts),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
  return { accounts, lines };
}
