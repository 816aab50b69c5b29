import type { FUNDER_CATEGORIES } from '@fabrique/contracts';
import { fundErrors } from './errors.js';

export type FunderCategory = (typeof FUNDER_CATEGORIES)[number];

export interface LineItem {
  id: string;
  label: string;
  budgetCents: number;
}

/** One fund per period (e.g. a year), with the rules the network agreed on. */
export interface Fund {
  id: string;
  name: string;
  periodStart: Date;
  periodEnd: Date;
  /** What the network means to raise over the period, split between the categories. */
  targetCents: number;
  /** Target share of each category in basis points (10 000 = 100 %): equal thirds by default. */
  sharesBps: Record<FunderCategory, number>;
  /** Communes whose town halls share the municipal part equally. */
  memberCommunes: string[];
  lineItems: LineItem[];
  /** A town hall more than this far behind its equal share (of what the others paid) is flagged. */
  behindMarginBps: number;
  createdBy: string;
  createdAt: Date;
}

export const EQUAL_THIRDS: Record<FunderCategory, number> = {
  municipalities: 3334,
  businesses: 3333,
  residents: 3333,
};

export function assertValidFund(fund: Fund): void {
  const total = Object.values(fund.sharesBps).reduce((a, b) => a + b, 0);
  if (total !== 10_000) throw fundErrors.INVALID_SHARES(`They add up to ${total / 100} %.`);
  if (fund.periodEnd <= fund.periodStart) throw fundErrors.INVALID_PERIOD();
}

export function lineItemOf(fund: Fund, id: string): LineItem {
  const item = fund.lineItems.find((l) => l.id === id);
  if (!item)
    throw fundErrors.UNKNOWN_LINE_ITEM(
      `Budget lines: ${fund.lineItems.map((l) => l.id).join(', ')}.`,
    );
  return item;
}

export function inPeriod(fund: Pick<Fund, 'periodStart' | 'periodEnd'>, at: Date): boolean {
  return at >= fund.periodStart && at < fund.periodEnd;
}
