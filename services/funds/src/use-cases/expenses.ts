import { createHash } from 'node:crypto';
import {
  expenseApprovedV1,
  expenseRejectedV1,
  expenseSubmittedV1,
  formatEuros,
  localized,
  newId,
  type Locale,
  type Localized,
} from '@fabrique/contracts';
import { hasRole } from '@fabrique/service-kit';
import { entryIdOf, type Entry } from '../domain/entry.js';
import { fundErrors } from '../domain/errors.js';
import { lineItemOf, type Fund } from '../domain/fund.js';
import { SOURCE } from '../events/converters.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import { takeDecision, type DecisionRecord } from './decide-once.js';
import type { Actor, FundsDeps } from './deps.js';
import { appendEntry } from './ledger.js';

export interface Expense {
  id: string;
  fundId: string;
  amountCents: number;
  lineItemId: string;
  sessionId: string | null;
  workshopId: string | null;
  receiptRef: string;
  description: string;
  status: 'submitted' | 'approved' | 'rejected';
  submittedBy: string;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  entryId: string | null;
}

export type ExpenseRequest = Pick<
  Expense,
  'amountCents' | 'lineItemId' | 'receiptRef' | 'description'
> & {
  sessionId?: string | undefined;
  workshopId?: string | undefined;
};

const eventData = (e: Expense) => ({
  expenseId: e.id,
  fundId: e.fundId,
  amountCents: e.amountCents,
  lineItemId: e.lineItemId,
  sessionId: e.sessionId,
  workshopId: e.workshopId,
  receiptRef: e.receiptRef,
  submittedBy: e.submittedBy,
  status: e.status,
  decidedBy: e.decidedBy,
  reason: e.reason,
});

/** One expense per receipt and fund: its id derives from the receipt reference. */
export async function submitExpense(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  request: ExpenseRequest,
) {
  if (!hasRole(actor, 'host') && !hasRole(actor, 'coordinator')) throw fundErrors.NOT_ALLOWED();
  if (fund.archivedAt) throw fundErrors.FUND_ARCHIVED();
  lineItemOf(fund, request.lineItemId);
  const digest = createHash('sha256')
    .update(`${fund.id}|${request.receiptRef}`)
    .digest('base64url');
  const expense: Expense = {
    ...request,
    id: `expense-${digest.slice(0, 32)}`,
    fundId: fund.id,
    sessionId: request.sessionId ?? null,
    workshopId: request.workshopId ?? null,
    status: 'submitted',
    submittedBy: actor.accountId,
    submittedAt: deps.now(),
    decidedBy: null,
    decidedAt: null,
    reason: null,
    entryId: null,
  };
  const event = expenseSubmittedV1.create(
    { subject: expense.id, source: SOURCE },
    eventData(expense),
    deps.now(),
  );
  const inserted = await deps.outbox.save(deps.models.expenses, expense.id, [event], () =>
    insertOnce(deps.models.expenses, { ...expense }, [event]),
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

interface Decision extends DecisionRecord {
  approve: boolean;
  reason: string | null;
  /** Why it was approved beyond its budget line or the money available (then required). */
  override?: string | null;
}

/**
 * An expense beyond what is left on its budget line, or beyond the money available, is
 * approved only with an explicit override reason, kept in its ledger entry. A check, not an
 * invariant: two approvals at the same instant may both pass it.
 */
async function assertWithinBudget(
  deps: FundsDeps,
  fund: Fund,
  expense: Expense,
  override: string | undefined,
): Promise<void> {
  if (override) return;
  const summary = await deps.book.summary(fund);
  const line = summary.budget.find((b) => b.lineItemId === expense.lineItemId);
  const available = summary.totals.availableCents;
  const problems: ((locale: Locale) => string)[] = [];
  if (line && expense.amountCents > line.remainingCents)
    problems.push((l) =>
      l === 'fr'
        ? `${formatEuros(line.remainingCents, l)} restant sur la ligne « ${line.label} »`
        : `${formatEuros(line.remainingCents, l)} left on the line "${line.label}"`,
    );
  if (expense.amountCents > available)
    problems.push((l) =>
      l === 'fr'
        ? `${formatEuros(available, l)} disponible dans le fonds commun`
        : `${formatEuros(available, l)} available in the fund`,
    );
  if (problems.length > 0) throw fundErrors.OVER_BUDGET(overBudget(expense, problems));
}

function overBudget(expense: Expense, problems: ((locale: Locale) => string)[]): Localized {
  return localized((l) => {
    const amount = formatEuros(expense.amountCents, l);
    const list = problems.map((problem) => problem(l)).join(', ');
    return l === 'fr'
      ? `Cette dépense est de ${amount} : ${list}. Envoyez « override » avec le motif pour l’approuver malgré tout.`
      : `This expense is ${amount}: ${list}. Send "override" with the reason to approve it anyway.`;
  });
}

/**
 * Approving or rejecting happens once (takeDecision). An approved expense becomes a paid
 * `expense` entry in the ledger (its id derives from the expense, so finishing an interrupted
 * decision never pays twice).
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
  if (!hasRole(actor, 'coordinator'))
    throw fundErrors.NOT_ALLOWED({
      fr: 'Seule la coordination approuve ou refuse les dépenses.',
      en: 'Only coordinators approve or reject expenses.',
    });
  const expense = await expenseOrFail(deps, fund, id);
  if (approve && expense.status === 'submitted')
    await assertWithinBudget(deps, fund, expense, override);
  const decision: Decision = {
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
  return applyDecision(deps, fund, expense, taken);
}

/** The paid expense as a ledger entry; its id derives from the expense, so it is paid once. */
function expenseEntry(fund: Fund, expense: Expense, decision: Decision): Entry {
  return {
    id: entryIdOf(fund.id, 'expense', expense.id),
    fundId: fund.id,
    kind: 'expense',
    reversedKind: null,
    amountCents: expense.amountCents,
    category: null,
    contributor: null,
    commune: null,
    lineItemId: expense.lineItemId,
    sessionId: expense.sessionId,
    workshopId: expense.workshopId,
    occurredAt: decision.at,
    recordedAt: decision.at,
    recordedBy: decision.by,
    source: { type: 'receipt', ref: expense.receiptRef },
    groupId: newId(),
    reverses: null,
    note: decision.override
      ? `${expense.description} — approved beyond the budget: ${decision.override}`
      : expense.description,
  };
}

async function applyDecision(
  deps: FundsDeps,
  fund: Fund,
  expense: Expense,
  decision: Decision,
): Promise<Expense> {
  let entryId: string | null = null;
  if (decision.approve) {
    const { entry } = await appendEntry(deps, expenseEntry(fund, expense, decision));
    entryId = entry.id;
  }
  const decided: Expense = {
    ...expense,
    status: decision.approve ? 'approved' : 'rejected',
    decidedBy: decision.by,
    decidedAt: decision.at,
    reason: decision.reason,
    entryId,
  };
  const event = (decision.approve ? expenseApprovedV1 : expenseRejectedV1).create(
    { subject: expense.id, source: SOURCE },
    eventData(decided),
    deps.now(),
  );
  const { id: _id, ...fields } = decided;
  await deps.outbox.save(deps.models.expenses, expense.id, [event], () =>
    deps.models.expenses.updateOne({ _id: expense.id }, { $set: fields, $push: { outbox: event } }),
  );
  return decided;
}

/** Coordinators see every expense of the fund; hosts the ones they submitted. */
export async function listExpenses(deps: FundsDeps, actor: Actor, fund: Fund): Promise<Expense[]> {
  const docs = await deps.models.expenses
    .find({ fundId: fund.id }, { outbox: 0 })
    .lean<(Omit<Expense, 'id'> & { _id: string })[]>();
  const all = docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
  const visible = hasRole(actor, 'coordinator')
    ? all
    : all.filter((e) => e.submittedBy === actor.accountId);
  return visible.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
