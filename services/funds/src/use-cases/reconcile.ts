import { jsonDifferences } from '../domain/reconcile-diff.js';
import { FundBook } from '../ledger/fund-book.js';
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

/** A book loaded from the database alone, as a replica starting now would hold it. */
export async function bookFromDatabase(models: FundsModels): Promise<FundBook> {
  const book = new FundBook();
  await book.load(models);
  return book;
}

function compareFund(live: FundBook, rebuilt: FundBook, fundId: string): FundReconciliation {
  const liveFund = live.fund(fundId);
  const rebuiltFund = rebuilt.fund(fundId);
  const differences =
    liveFund && rebuiltFund
      ? jsonDifferences(live.summary(liveFund), rebuilt.summary(rebuiltFund))
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
export function compareBooks(
  live: FundBook,
  rebuilt: FundBook,
  checkedAt: Date,
): ReconciliationReport {
  const ids = new Set([...live.listFunds(), ...rebuilt.listFunds()].map((f) => f.id));
  const funds = [...ids].sort().map((id) => compareFund(live, rebuilt, id));
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
