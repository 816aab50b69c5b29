import type {
  BankStatementMatchResponse,
  DeclarationResponse,
  EntryResponse,
  ExpenseResponse,
  FundDeliveryResponse,
  FundResponse,
} from '@fabrique/contracts';
import type { StatementResult } from '../use-cases/bank-statements.js';
import type { Declaration } from '../domain/declaration.js';
import type { Delivery } from '../domain/delivery.js';
import type { Entry } from '../domain/entry.js';
import { ratesOf, type Fund } from '../domain/fund.js';
import type { Expense } from '../domain/expense.js';

export function fundView(fund: Fund): FundResponse {
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
    archivedAt: fund.archivedAt?.toISOString() ?? null,
    volunteerRates: ratesOf(fund).map((r) => ({
      from: r.from.toISOString(),
      hourlyCents: r.hourlyCents,
    })),
  };
}

export function entryView(entry: Entry): EntryResponse {
  const { occurredAt, recordedAt, ...rest } = entry;
  return { ...rest, occurredAt: occurredAt.toISOString(), recordedAt: recordedAt.toISOString() };
}

export function expenseView(expense: Expense): ExpenseResponse {
  return {
    ...expense,
    submittedAt: expense.submittedAt.toISOString(),
    decidedAt: expense.decidedAt?.toISOString() ?? null,
  };
}

/** What one session delivered (public: counts only, no names). */
export function deliveryView(d: Delivery): FundDeliveryResponse {
  return {
    sessionId: d.sessionId,
    workshopId: d.workshopId,
    kind: d.kind,
    commune: d.commune,
    startsAt: d.startsAt.toISOString(),
    workshopHours: Math.round((d.durationMinutes / 60) * 100) / 100,
    participantHours: Math.round((d.participantMinutes / 60) * 100) / 100,
    attendees: d.attendees,
    byResidenceCommune: d.byResidenceCommune,
  };
}

export function declarationView(d: Declaration): DeclarationResponse {
  return {
    ...d,
    // Only door money names its session (no declaration stores a null one).
    sessionId: d.sessionId ?? undefined,
    occurredAt: d.occurredAt.toISOString(),
    declaredAt: d.declaredAt.toISOString(),
    decidedAt: d.decidedAt?.toISOString() ?? null,
  };
}

export function statementResultView(result: StatementResult): BankStatementMatchResponse {
  return {
    applied: result.applied,
    lines: result.lines.map(({ line, ...rest }) => ({
      ...rest,
      line: line.line,
      receivedAt: line.receivedAt.toISOString().slice(0, 10),
      amountCents: line.amountCents,
      reference: line.reference,
    })),
    unreadable: result.unreadable,
  };
}
