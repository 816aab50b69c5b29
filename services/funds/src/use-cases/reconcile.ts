import { jsonDifferences } from '../domain/reconcile-diff.js';
import type { FundBook } from '../domain/fund-book.js';
import type { Fund } from '../domain/fund.js';
import type { FundSummary } from '../domain/summary.js';
import { loadWholeBook } from '../store/delivery.store.js';
import type { FundsModels } from '../store/models.js';
import type { FundsDeps } from './deps.js';

export interface FundReconciliation {
  fundId: string;
  /** Ledger entries of the fund on the rebuilt side (the database, for `reconcile`). */
  entries: number;
  equal: boolean;
  /** One line per differing JSON path: `totals.contributedCents: live 100, rebuilt 90`. */
  differences: string[];
}

export interface ReconciliationReport {
  checkedAt: string;
  funds: FundReconciliation[];
  ok: boolean;
}

/** A book of everything in the database: what every summary is recomputed from. */
export function bookFromDatabase(models: FundsModels): Promise<FundBook> {
  return loadWholeBook(models);
}

/** Where live summaries come from: this replica's view, or another book. */
export interface SummarySource {
  fund(id: string): Fund | undefined;
  listFunds(): Fund[];
  summary(fund: Fund): FundSummary | Promise<FundSummary>;
}

async function compareFund(
  live: SummarySource,
  rebuilt: FundBook,
  fundId: string,
): Promise<FundReconciliation> {
  const liveFund = live.fund(fundId);
  const rebuiltFund = rebuilt.fund(fundId);
  const differences =
    liveFund && rebuiltFund
      ? jsonDifferences(await live.summary(liveFund), rebuilt.summary(rebuiltFund))
      : [
          `fund: live ${liveFund ? 'present' : 'missing'}, rebuilt ${rebuiltFund ? 'present' : 'missing'}`,
        ];
  return {
    fundId,
    entries: rebuilt.entriesOf(fundId).length,
    equal: differences.length === 0,
    differences,
  };
}

/** Every fund either side knows, its summaries compared as the summary endpoint serves them. */
export async function compareBooks(
  live: SummarySource,
  rebuilt: FundBook,
  checkedAt: Date,
): Promise<ReconciliationReport> {
  const ids = new Set([...live.listFunds(), ...rebuilt.listFunds()].map((f) => f.id));
  const funds: FundReconciliation[] = [];
  for (const id of [...ids].sort()) funds.push(await compareFund(live, rebuilt, id));
  return { checkedAt: checkedAt.toISOString(), funds, ok: funds.every((f) => f.equal) };
}

/**
 * Recomputes every fund's summary from the database (the ledger, the funds, the delivered
 * sessions) and compares it with this replica's live summary (DESIGN.md, consistency rule 5).
 * A write lands in the database a moment before it reaches the books (of this replica, and
 * through events of the others), so a difference seen once may be a write in flight: one seen
 * again on the next run is real.
 */
export async function reconcile(
  deps: Pick<FundsDeps, 'models' | 'book' | 'now'>,
): Promise<ReconciliationReport> {
  const rebuilt = await bookFromDatabase(deps.models);
  return compareBooks(deps.book, rebuilt, deps.now());
}
