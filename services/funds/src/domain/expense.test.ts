import { expenseApprovedV1, expenseRejectedV1, expenseSubmittedV1 } from '@fabrique/contracts';
import { entryIdOf, recordMoney } from './entry.js';
import {
  assertMayDecideExpenses,
  assertWithinBudget,
  decideExpense,
  expenseIdOf,
  submitExpense,
  type ExpenseDecision,
  type ExpenseRequest,
} from './expense.js';
import { summariseFund } from './summary.js';
import { codeOf, coordinator, errorOf, fund, host, later, now, resident } from './test-fixtures.js';

const receipt: ExpenseRequest = {
  amountCents: 1_000_00,
  lineItemId: 'materials',
  receiptRef: 'FAC-2027-001',
  description: 'Fers à souder',
};

const submitted = submitExpense(host, fund, receipt, now).expense;

const decision = (approve: boolean, override: string | null = null): ExpenseDecision => ({
  id: submitted.id,
  by: coordinator.accountId,
  at: later,
  approve,
  reason: approve ? null : 'Hors budget',
  override,
});

describe('submitExpense', () => {
  it('submits the receipt once per fund: its id derives from the receipt reference', () => {
    const { expense, events } = submitExpense(host, fund, receipt, now);
    expect(expense).toMatchObject({
      id: expenseIdOf(fund.id, 'FAC-2027-001'),
      fundId: fund.id,
      status: 'submitted',
      submittedBy: host.accountId,
      submittedAt: now,
      sessionId: null,
      entryId: null,
    });
    expect(submitExpense(coordinator, fund, receipt, later).expense.id).toBe(expense.id);
    const event = expenseSubmittedV1.schema.parse(events[0]);
    expect(event.subject).toBe(expense.id);
    expect(event.data).toMatchObject({ expenseId: expense.id, status: 'submitted' });
  });

  it('refuses a resident, an archived fund and an unknown budget line', () => {
    expect(codeOf(() => submitExpense(resident, fund, receipt, now))).toBe('NOT_ALLOWED');
    const archived = { ...fund, archivedAt: now };
    expect(codeOf(() => submitExpense(host, archived, receipt, now))).toBe('FUND_ARCHIVED');
    const elsewhere = { ...receipt, lineItemId: 'travel' };
    expect(codeOf(() => submitExpense(host, fund, elsewhere, now))).toBe('UNKNOWN_LINE_ITEM');
  });
});

describe('decideExpense', () => {
  it('lets coordinators only decide', () => {
    expect(codeOf(() => assertMayDecideExpenses(host))).toBe('NOT_ALLOWED');
    expect(() => assertMayDecideExpenses(coordinator)).not.toThrow();
  });

  it('pays an approved expense by an entry whose id derives from the expense', () => {
    const { expense, events, paid } = decideExpense(fund, submitted, decision(true), later);
    const entryId = entryIdOf(fund.id, 'expense', submitted.id);
    expect(paid?.entry).toMatchObject({
      id: entryId,
      kind: 'expense',
      amountCents: 1_000_00,
      lineItemId: 'materials',
      occurredAt: later,
      recordedBy: coordinator.accountId,
      note: 'Fers à souder',
    });
    expect(expense).toMatchObject({ status: 'approved', decidedAt: later, entryId });
    expect(expenseApprovedV1.schema.parse(events[0]).data.status).toBe('approved');
  });

  it('keeps the override reason in the entry of an expense approved beyond the budget', () => {
    const { paid } = decideExpense(fund, submitted, decision(true, 'urgence'), later);
    expect(paid?.entry.note).toBe('Fers à souder — approved beyond the budget: urgence');
  });

  it('pays nothing for a rejected expense', () => {
    const { expense, events, paid } = decideExpense(fund, submitted, decision(false), later);
    expect(paid).toBeNull();
    expect(expense).toMatchObject({ status: 'rejected', reason: 'Hors budget', entryId: null });
    expect(events.map((e) => e.type)).toEqual([expenseRejectedV1.type]);
  });
});

describe('assertWithinBudget', () => {
  const money = {
    kind: 'contribution' as const,
    amountCents: 3_000_00,
    occurredAt: now,
    source: { type: 'receipt' as const, ref: 'VIR-1' },
    category: 'municipalities' as const,
    contributor: { type: 'organisation' as const, id: 'mairie' },
    commune: null,
    note: null,
  };
  const summary = summariseFund(fund, [recordMoney(fund, money, 'c', now).entry], []);

  it('lets an expense within its line and the money available through', () => {
    expect(() => assertWithinBudget(summary, submitted)).not.toThrow();
  });

  it('names what is left on the line and in the fund when the expense is beyond them', () => {
    const big = { ...submitted, amountCents: 6_000_00 };
    const error = errorOf(() => assertWithinBudget(summary, big));
    expect(error.code).toBe('OVER_BUDGET');
    expect(error.detail?.en).toContain('€5,000.00 left on the line "Matériel"');
    expect(error.detail?.en).toContain('€3,000.00 available in the fund');
  });
});
