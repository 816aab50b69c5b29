import { attendeesByResidence, deliveredBy, deliveredTotals, type Delivery } from './delivery.js';
import { effectiveKind, type Entry, type EntryKind } from './entry.js';
import { ratesOf, type Fund, type FunderCategory } from './fund.js';
import { inKindTotals } from './in-kind.js';
import { ratio, splitByWeight } from './money.js';
import { equalShares } from './equal-share.js';
import { monthlyFigures } from './months.js';

const sum = (entries: Entry[]) => entries.reduce((a, e) => a + e.amountCents, 0);
const ofKind = (entries: Entry[], kind: EntryKind) =>
  entries.filter((e) => effectiveKind(e) === kind);

function totals(entries: Entry[]) {
  const contributed = sum(ofKind(entries, 'contribution'));
  const spent = sum(ofKind(entries, 'expense'));
  const refunded = sum(ofKind(entries, 'refund'));
  const allocated = sum(ofKind(entries, 'allocation'));
  return {
    pledgedCents: sum(ofKind(entries, 'pledge')),
    contributedCents: contributed,
    allocatedCents: allocated,
    spentCents: spent,
    refundedCents: refunded,
    balanceCents: contributed - spent - refunded,
    availableCents: contributed - spent - refunded - allocated,
  };
}

function byCategory(fund: Fund, entries: Entry[]) {
  const targets = splitByWeight(fund.targetCents, new Map(Object.entries(fund.shares)));
  return (Object.keys(fund.shares) as FunderCategory[]).sort().map((category) => {
    const mine = entries.filter((e) => e.category === category);
    const contributed = sum(ofKind(mine, 'contribution'));
    const target = targets.get(category) ?? 0;
    return {
      category,
      share: fund.shares[category],
      targetCents: target,
      pledgedCents: sum(ofKind(mine, 'pledge')),
      contributedCents: contributed,
      progress: ratio(contributed, target),
    };
  });
}

/** Where spending and participant-hours meet: cents per participant-hour, per group. */
function costPerHour(expenses: Entry[], deliveries: Delivery[], keyOf: (d: Delivery) => string) {
  const groupOfSession = new Map(deliveries.map((d) => [d.sessionId, keyOf(d)]));
  const groupOfWorkshop = new Map(deliveries.map((d) => [d.workshopId, keyOf(d)]));
  const spent = new Map<string, number>();
  for (const e of expenses) {
    const key =
      (e.sessionId && groupOfSession.get(e.sessionId)) ??
      (e.workshopId && groupOfWorkshop.get(e.workshopId)) ??
      'unattributed';
    spent.set(key, (spent.get(key) ?? 0) + e.amountCents);
  }
  return deliveredBy(deliveries, keyOf).map((row) => {
    const cents = spent.get(row.key) ?? 0;
    return {
      key: row.key,
      spentCents: cents,
      participantHours: row.participantHours,
      centsPerParticipantHour:
        row.participantHours > 0 ? Math.round(cents / row.participantHours) : null,
    };
  });
}

/** Where money comes from against where the people who came live, per commune. */
function balanceByCommune(entries: Entry[], deliveries: Delivery[]) {
  const contributions = ofKind(entries, 'contribution');
  const given = new Map<string, number>();
  for (const e of contributions)
    if (e.commune) given.set(e.commune, (given.get(e.commune) ?? 0) + e.amountCents);
  const came = attendeesByResidence(deliveries);
  const totalGiven = sum(contributions);
  const totalCame = [...came.values()].reduce((a, b) => a + b, 0);
  return [...new Set([...given.keys(), ...came.keys()])].sort().map((commune) => ({
    commune,
    contributedCents: given.get(commune) ?? 0,
    contributedShare: ratio(given.get(commune) ?? 0, totalGiven),
    attendees: came.get(commune) ?? 0,
    attendeeShare: ratio(came.get(commune) ?? 0, totalCame),
  }));
}

function budgetVsActual(fund: Fund, expenses: Entry[]) {
  return fund.lineItems.map((item) => {
    const spent = sum(expenses.filter((e) => e.lineItemId === item.id));
    return {
      lineItemId: item.id,
      label: item.label,
      budgetCents: item.budgetCents,
      spentCents: spent,
      remainingCents: item.budgetCents - spent,
    };
  });
}

/**
 * The public picture of a fund, computed from its ledger entries and the sessions delivered
 * in its period: a pure function, so the live summary and one rebuilt from replayed events
 * are equal whenever their inputs are.
 */
export function summariseFund(fund: Fund, entries: Entry[], deliveries: Delivery[]) {
  const expenses = ofKind(entries, 'expense');
  const totalSpent = sum(expenses);
  const delivered = deliveredTotals(deliveries);
  return {
    fundId: fund.id,
    name: fund.name,
    periodStart: fund.periodStart.toISOString(),
    periodEnd: fund.periodEnd.toISOString(),
    targetCents: fund.targetCents,
    entries: entries.length,
    totals: totals(entries),
    byCategory: byCategory(fund, entries),
    equalShare: equalShares(fund, entries),
    delivered: {
      ...delivered,
      byKind: deliveredBy(deliveries, (d) => d.kind),
      byVenueCommune: deliveredBy(deliveries, (d) => d.commune),
      byResidenceCommune: [...attendeesByResidence(deliveries)]
        .sort()
        .map(([commune, attendees]) => ({ commune, attendees })),
    },
    costPerParticipantHour: {
      overallCents:
        delivered.participantHours > 0 ? Math.round(totalSpent / delivered.participantHours) : null,
      byVenueCommune: costPerHour(expenses, deliveries, (d) => d.commune),
      byKind: costPerHour(expenses, deliveries, (d) => d.kind),
    },
    balanceByCommune: balanceByCommune(entries, deliveries),
    budget: budgetVsActual(fund, expenses),
    months: monthlyFigures(fund, entries, deliveries),
    inKind: inKindTotals(deliveries, ratesOf(fund)),
  };
}

export type FundSummary = ReturnType<typeof summariseFund>;
