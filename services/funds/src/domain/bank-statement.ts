import { parse } from 'csv-parse/sync';
import { squashReference, type Declaration } from './declaration.js';

/** One credit line of the fund's bank statement, as the treasurer exported it. */
export interface StatementLine {
  line: number;
  receivedAt: Date;
  amountCents: number;
  reference: string;
}

export interface UnreadableLine {
  line: number;
  problem: 'date' | 'amount' | 'reference';
}

/** At most this many lines per upload (a year of a busy fund's credits fits). */
export const STATEMENT_LINES_LIMIT = 2_000;

const HEADERS = {
  date: ['date', 'date operation', 'date de valeur', 'date valeur'],
  amount: ['amount', 'montant', 'credit', 'montant credit'],
  reference: ['reference', 'libelle', 'label', 'description'],
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** "2027-02-01" or "01/02/2027" (a French bank's export), read as that day in UTC. */
function dayOf(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (!year) return null;
  const date = new Date(`${year}-${month}-${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) ? null : date;
}

/** "1 234,56", "1234.56", "+50" → cents; null for anything else (debits included). */
function centsOf(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€+]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}

function columnsOf(header: string[]): Record<keyof typeof HEADERS, number> | null {
  const names = header.map(plain);
  const find = (options: string[]) => names.findIndex((n) => options.includes(n));
  const columns = {
    date: find(HEADERS.date),
    amount: find(HEADERS.amount),
    reference: find(HEADERS.reference),
  };
  return Object.values(columns).some((i) => i < 0) ? null : columns;
}

export type ParsedStatement =
  | { ok: true; lines: StatementLine[]; unreadable: UnreadableLine[] }
  | { ok: false; problem: 'header' | 'format' | 'too-long' };

/**
 * Reads a statement's CSV: a header naming the date, amount and reference columns (in French
 * or English), separated by semicolons (French banks) or commas. Debits and blank lines are
 * not credits and are skipped; a line that cannot be read is reported, never guessed at.
 */
export function parseStatement(csv: string): ParsedStatement {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(csv, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch {
    return { ok: false, problem: 'format' };
  }
  const columns = rows[0] ? columnsOf(rows[0]) : null;
  if (!columns) return { ok: false, problem: 'header' };
  if (rows.length - 1 > STATEMENT_LINES_LIMIT) return { ok: false, problem: 'too-long' };
  const lines: StatementLine[] = [];
  const unreadable: UnreadableLine[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const amountText = (row[columns.amount] ?? '').trim();
    if (amountText.startsWith('-')) return;
    const receivedAt = dayOf(row[columns.date] ?? '');
    const amountCents = centsOf(amountText);
    const reference = (row[columns.reference] ?? '').trim().slice(0, 300);
    if (!receivedAt) unreadable.push({ line, problem: 'date' });
    else if (amountCents === null) unreadable.push({ line, problem: 'amount' });
    else if (!reference) unreadable.push({ line, problem: 'reference' });
    else lines.push({ line, receivedAt, amountCents, reference });
  });
  return { ok: true, lines, unreadable };
}

export type LineMatch =
  | { line: StatementLine; outcome: 'matched'; declaration: Declaration }
  | { line: StatementLine; outcome: 'unmatched' | 'ambiguous' };

/** References shorter than this are too common ("don") to be found inside a bank label. */
const MIN_REFERENCE_LENGTH = 4;

function mentions(label: string, reference: string): boolean {
  const wanted = squashReference(reference);
  return wanted.length >= MIN_REFERENCE_LENGTH && squashReference(label).includes(wanted);
}

/**
 * A line confirms the one waiting declaration of the same amount whose reference its label
 * shows. Two candidates are ambiguous (the treasurer decides by hand), and a declaration is
 * matched by one line at most.
 */
export function matchStatement(lines: StatementLine[], waiting: Declaration[]): LineMatch[] {
  const used = new Set<string>();
  return lines.map((line) => {
    const candidates = waiting.filter(
      (d) =>
        !used.has(d.id) &&
        d.reference !== null &&
        d.amountCents === line.amountCents &&
        mentions(line.reference, d.reference),
    );
    const [only] = candidates;
    if (candidates.length !== 1 || !only)
      return { line, outcome: candidates.length === 0 ? 'unmatched' : 'ambiguous' };
    used.add(only.id);
    return { line, outcome: 'matched', declaration: only };
  });
}
