import { AppError, countOf, localized, type Localized } from '@fabrique/contracts';
import { hasRole } from '@fabrique/service-kit';
import {
  STATEMENT_LINES_LIMIT,
  matchStatement,
  parseStatement,
  type LineMatch,
  type StatementLine,
  type UnreadableLine,
} from '../domain/bank-statement.js';
import { fundErrors } from '../domain/errors.js';
import { inPeriod, type Fund } from '../domain/fund.js';
import type { Actor, FundsDeps } from './deps.js';
import { decideDeclaration, listDeclarations } from './declarations.js';

export type LineOutcome =
  'matched' | 'confirmed' | 'unmatched' | 'ambiguous' | 'outside-period' | 'not-confirmed';

export interface LineResult {
  line: StatementLine;
  outcome: LineOutcome;
  declarationId: string | null;
  /** Why a matched line was not confirmed: the error's code (already decided, say). */
  problem: string | null;
}

export interface StatementResult {
  applied: boolean;
  lines: LineResult[];
  unreadable: UnreadableLine[];
}

const UNREADABLE: Record<'header' | 'format' | 'too-long', Localized> = {
  header: {
    fr: 'La première ligne nomme les colonnes : date, montant (ou amount), libellé (ou reference).',
    en: 'The first line names the columns: date, montant (or amount), libellé (or reference).',
  },
  format: {
    fr: 'Ce n’est pas un fichier CSV aux colonnes séparées par des points-virgules ou des virgules.',
    en: 'This is not a CSV file with columns separated by semicolons or commas.',
  },
  'too-long': localized((l) => {
    const lines = countOf(
      STATEMENT_LINES_LIMIT,
      { fr: ['ligne', 'lignes'], en: ['line', 'lines'] },
      l,
    );
    return l === 'fr'
      ? `Au plus ${lines} par relevé : envoyez-le en plusieurs parties.`
      : `At most ${lines} per statement: send it in parts.`;
  }),
};

async function confirmMatch(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  match: LineMatch & { outcome: 'matched' },
): Promise<LineResult> {
  const { line, declaration } = match;
  try {
    await decideDeclaration(deps, actor, fund, declaration.id, {
      confirm: true,
      reason: null,
      receivedAt: line.receivedAt,
    });
    return { line, outcome: 'confirmed', declarationId: declaration.id, problem: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { line, outcome: 'not-confirmed', declarationId: declaration.id, problem: error.code };
  }
}

/**
 * The treasurer's bank statement against the declarations waiting: each credit line finds
 * the one declaration of its amount whose reference it shows. Without `apply` nothing
 * changes (what would be confirmed is shown); with it, each match is confirmed, dated the day
 * the bank shows. Sending the same statement again confirms nothing twice.
 */
export async function matchBankStatement(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  csv: string,
  apply: boolean,
): Promise<StatementResult> {
  if (!hasRole(actor, 'coordinator'))
    throw fundErrors.NOT_ALLOWED({
      fr: 'Seule la coordination rapproche les relevés bancaires.',
      en: 'Only coordinators match bank statements.',
    });
  const parsed = parseStatement(csv);
  if (!parsed.ok) throw fundErrors.STATEMENT_UNREADABLE(UNREADABLE[parsed.problem]);
  // Pledges are promises: no bank statement shows them.
  const waiting = (await listDeclarations(deps, actor, fund, 'declared')).filter(
    (d) => d.kind === 'contribution',
  );
  const results: LineResult[] = [];
  for (const match of matchStatement(parsed.lines, waiting)) {
    const { line } = match;
    if (match.outcome !== 'matched')
      results.push({ line, outcome: match.outcome, declarationId: null, problem: null });
    else if (!inPeriod(fund, line.receivedAt))
      results.push({
        line,
        outcome: 'outside-period',
        declarationId: match.declaration.id,
        problem: null,
      });
    else if (!apply)
      results.push({
        line,
        outcome: 'matched',
        declarationId: match.declaration.id,
        problem: null,
      });
    else results.push(await confirmMatch(deps, actor, fund, match));
  }
  return { applied: apply, lines: results, unreadable: parsed.unreadable };
}
