import type { Entry } from '../domain/entry.js';
import type { Fund } from '../domain/fund.js';
import type { Expense } from '../use-cases/expenses.js';

export function fundView(fund: Fund) {
  return {
    id: fund.id,
    name: fund.name,
    periodStart: fund.periodStart.toISOString(),
    periodEnd: fund.periodEnd.toISOString(),
    targetCents: fund.targetCents,
    shares: fund.shares,
    memberCommunes: fund.memberCommunes,
    lineItems: fund.lineItems,
    behindMarginBps: fund.behindMarginBps,
  };
}

export function entryView(entry: Entry) {
  const { occurredAt, recordedAt, ...rest } = entry;
  return { ...rest, occurredAt: occurredAt.toISOString(), recordedAt: recordedAt.toISOString() };
}

export function expenseView(expense: Expense) {
  return {
    ...expense,
    submittedAt: expense.submittedAt.toISOString(),
    decidedAt: expense.decidedAt?.toISOString() ?? null,
  };
}
