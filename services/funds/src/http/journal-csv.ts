import type { JournalAccounts, JournalLine } from '../domain/journal.js';
import { csvCell } from './renderers.js';

const day = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/** 123456 → "1234,56": no thousands separator, a decimal comma, as accounting imports want. */
const amount = (cents: number) => (cents === 0 ? '' : (cents / 100).toFixed(2).replace('.', ','));

export const JOURNAL_CSV_HEADER = [
  'date',
  'journal',
  'piece',
  'compte',
  'libelle',
  'debit',
  'credit',
];

/**
 * The journal as French accounting software imports it (EBP, Ciel, Paheko and the like):
 * semicolons, day/month/year in Paris time, decimal commas, one debit or credit per line.
 */
export function journalCsv(accounts: JournalAccounts, lines: JournalLine[]): string {
  const rows = lines.map((l) => [
    day.format(l.date),
    accounts.journalCode,
    l.piece,
    l.account,
    l.label,
    amount(l.debitCents),
    amount(l.creditCents),
  ]);
  return (
    [JOURNAL_CSV_HEADER, ...rows]
      .map((row) => row.map((cell) => csvCell(cell, ';')).join(';'))
      .join('\r\n') + '\r\n'
  );
}
