import { hasRole } from '@fabrique/service-kit';
import { fundErrors } from '../domain/errors.js';
import * as rules from '../domain/expense.js';
import type { Expense, ExpenseDecision, ExpenseRequest } from '../domain/expense.js';
import type { Fund } from '../domain/fund.js';
import { findRecord, insertOnce, updateRecord, type Stored } from '../store/records.store.js';
import { takeDecision } from './decide-once.js';
import type { Actor, FundsDeps } from './deps.js';
import { appendEntry } from './ledger.js';

/** One expense per receipt and fund: its id derives from the receipt reference. */
export async function submitExpense(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  request: ExpenseRequest,
) {
  const { expense, events } = rules.submitExpense(actor, fund, request, deps.now());
  const inserted = await deps.outbox.save(deps.models.expenses, expense.id, events, () =>
    insertOnce(deps.models.expenses, { ...expense }, events),
  );
  if (inserted) {
    return { expense, created: true };
  }
  return { expense: await expenseOrFail(deps, fund, expense.id), created: false };
}

export async function expenseOrFail(deps: FundsDeps, fund: Fund, id: string): Promise<Expense> {
  const expense = await findRecord<Expense>(deps.models.expenses, id);
  if (expense?.fundId !== fund.id) throw fundErrors.EXPENSE_NOT_FOUND();
  return expense;
}

/**
 * Approving or rejecting happens once (takeDecision). An approved expense becomes a paid
 * `expense` entry in the ledger (its id derives from the expense, so finishing an interrupted
 * decision never pays twice). Beyond what is left on its budget line, or beyond the money
 * available, it is approved only with an explicit override reason, kept in its ledger entry:
 * a check, not an invariant (two approvals at the same instant may both pass it).
 */
export async function decideExpense(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  id: string,
  approve: boolean,
  reason: string | null,
  override?: string,
) {
  rules.assertMayDecideExpenses(actor);
  const expense = await expenseOrFail(deps, fund, id);
  if (approve && expense.status === 'submitted' && !override)
    rules.assertWithinBudget(await deps.book.summary(fund), expense);
  const decision: ExpenseDecision = {
    id,
    approve,
    by: actor.accountId,
    at: deps.now(),
    reason,
    override: approve ? (override ?? null) : null,
  };
  const taken = await takeDecision(
    deps,
    deps.models.decisions,
    decision,
    expense.status === 'submitted',
    () => fundErrors.EXPENSE_DECIDED(),
  );
  const { expense: decided, events, paid } = rules.decideExpense(fund, expense, taken, deps.now());
  if (paid) await appendEntry(deps, paid);
  const { id: _id, ...fields } = decided;
  await deps.outbox.save(deps.models.expenses, id, events, () =>
    updateRecord(deps.models.expenses, id, fields, events),
  );
  return decided;
}

/** Coordinators see every expense of the fund; hosts the ones they submitted. */
export async function listExpenses(deps: FundsDeps, actor: Actor, fund: Fund): Promise<Expense[]> {
  const docs = await deps.models.expenses
    .find({ fundId: fund.id }, { outbox: 0 })
    .lean<Stored<Expense>[]>();
  const all = docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
  const visible = hasRole(actor, 'coordinator')
    ? all
    : all.filter((e) => e.submittedBy === actor.accountId);
  return visible.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
