import { createHash } from 'node:crypto';
import {
  expenseApprovedV1,
  expenseRejectedV1,
  expenseSubmittedV1,
  formatEuros,
  localized,
  newId,
  type Envelope,
  type Locale,
  type Localized,
} from '@fabrique/contracts';
import { isCoordinator, type Actor } from './actor.js';
import { entryIdOf, recordEntry, type Entry, type EntryChange } from './entry.js';
import { fundErrors } from './errors.js';
import { assertOpen, lineItemOf, SOURCE, type Fund } from './fund.js';
import type { FundSummary } from './summary.js';

/** A host's or a coordinator's receipt, paid from the fund once a coordinator approves it. */
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

/** Who approved or rejected an expense, when, and why. */
export interface ExpenseDecision {
  /** The expense's. */
  id: string;
  by: string;
  at: Date;
  approve: boolean;
  reason: string | null;
  /** Why it was approved beyond its budget line or the money available (then required). */
  override?: string | null;
}

export interface ExpenseChange {
  expense: Expense;
  events: Envelope[];
}

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
export function expenseIdOf(fundId: string, receiptRef: string): string {
  const digest = createHash('sha256').update(`${fundId}|${receiptRef}`).digest('base64url');
  return `expense-${digest.slice(0, 32)}`;
}

/** Hosts and coordinators submit expenses of an open fund, each on one of its budget lines. */
export function submitExpense(
  actor: Actor,
  fund: Fund,
  request: ExpenseRequest,
  now: Date,
): ExpenseChange {
  if (!actor.roles.includes('host') && !isCoordinator(actor)) throw fundErrors.NOT_ALLOWED();
  assertOpen(fund);
  lineItemOf(fund, request.lineItemId);
  const expense: Expense = {
    ...request,
    id: expenseIdOf(fund.id, request.receiptRef),
    fundId: fund.id,
    sessionId: request.sessionId ?? null,
    workshopId: request.workshopId ?? null,
    status: 'submitted',
    submittedBy: actor.accountId,
    submittedAt: now,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    entryId: null,
  };
  const event = expenseSubmittedV1.create(
    { subject: expense.id, source: SOURCE },
    eventData(expense),
    now,
  );
  return { expense, events: [event] };
}

export function assertMayDecideExpenses(actor: Actor): void {
  if (!isCoordinator(actor))
    throw fundErrors.NOT_ALLOWED({
      fr: 'Seule la coordination approuve ou refuse les dépenses.',
      en: 'Only coordinators approve or reject expenses.',
    });
}

/**
 * An expense beyond what is left on its budget line, or beyond the money available, is
 * approved only with an explicit override reason (then not checked here).
 */
export function assertWithinBudget(
  summary: Pick<FundSummary, 'budget' | 'totals'>,
  expense: Expense,
): void {
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

/** The paid expense as a ledger entry; its id derives from the expense, so it is paid once. */
function expenseEntry(fund: Fund, expense: Expense, decision: ExpenseDecision): Entry {
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

/**
 * The decided expense and its event; an approved one also becomes a paid `expense` entry in
 * the ledger (`paid`, to write first: its id derives from the expense).
 */
export function decideExpense(
  fund: Fund,
  expense: Expense,
  decision: ExpenseDecision,
  now: Date,
): ExpenseChange & { paid: EntryChange | null } {
  const paid = decision.approve ? recordEntry(expenseEntry(fund, expense, decision), now) : null;
  const decided: Expense = {
    ...expense,
    status: decision.approve ? 'approved' : 'rejected',
    decidedBy: decision.by,
    decidedAt: decision.at,
    reason: decision.reason,
    entryId: paid?.entry.id ?? null,
  };
  const event = (decision.approve ? expenseApprovedV1 : expenseRejectedV1).create(
    { subject: expense.id, source: SOURCE },
    eventData(decided),
    now,
  );
  return { expense: decided, events: [event], paid };
}
