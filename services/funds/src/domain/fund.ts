import type { FUNDER_CATEGORIES } from '@fabrique/contracts';
import { fundErrors } from './errors.js';
import { DEFAULT_HOURLY_CENTS, type VolunteerRate } from './in-kind.js';

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
  /**
   * Relative weight of each category in the target: 1 / 1 / 1 (equal thirds) by default;
   * 2 / 1 / 1 would give town halls half. Weights, not percentages, so thirds are exact.
   */
  shares: Record<FunderCategory, number>;
  /** Communes whose town halls share the municipal part equally. */
  memberCommunes: string[];
  lineItems: LineItem[];
  /** A town hall more than this far behind its equal share (of what the others paid) is flagged. */
  behindMarginBps: number;
  createdBy: string;
  createdAt: Date;
  /** Retired by a coordinator: no new money, expenses or rounds; everything it holds stays. */
  archivedAt?: Date | null;
  /** What a volunteer's hour is worth, each rate from its date (the SMIC by default). */
  volunteerRates?: VolunteerRate[];
}

export const EQUAL_SHARES: Record<FunderCategory, number> = {
  municipalities: 1,
  businesses: 1,
  residents: 1,
};

/**
 * The longest period of a fund: a year is usual, three leave room for a school year or a
 * multi-year plan. A period of thousands of years (the API fuzzer sent year 1 to 9999) made
 * every read of its ledger ask the database for each of its months.
 */
const MAX_PERIOD_MS = 3 * 366 * 24 * 3_600_000;

export function assertValidFund(fund: Fund): void {
  const total = Object.values(fund.shares).reduce((a, b) => a + b, 0);
  if (total <= 0)
    throw fundErrors.INVALID_SHARES({
      fr: 'Au moins une catégorie doit avoir une part.',
      en: 'At least one category needs a share.',
    });
  if (fund.periodEnd <= fund.periodStart) throw fundErrors.INVALID_PERIOD();
  if (fund.periodEnd.getTime() - fund.periodStart.getTime() > MAX_PERIOD_MS)
    throw fundErrors.INVALID_PERIOD({
      fr: 'La période d’un fonds commun dure trois ans au plus.',
      en: 'A fund’s period lasts three years at most.',
    });
}

export function lineItemOf(fund: Fund, id: string): LineItem {
  const item = fund.lineItems.find((l) => l.id === id);
  if (!item) {
    const ids = fund.lineItems.map((l) => l.id).join(', ');
    throw fundErrors.UNKNOWN_LINE_ITEM({
      fr: `Lignes budgétaires : ${ids}.`,
      en: `Budget lines: ${ids}.`,
    });
  }
  return item;
}

export function inPeriod(fund: Pick<Fund, 'periodStart' | 'periodEnd'>, at: Date): boolean {
  return at >= fund.periodStart && at < fund.periodEnd;
}

/** The fund's rates for volunteers' hours; the SMIC from the period's start when none is set. */
export function ratesOf(fund: Fund): VolunteerRate[] {
  return fund.volunteerRates?.length
    ? fund.volunteerRates
    : [{ from: fund.periodStart, hourlyCents: DEFAULT_HOURLY_CENTS }];
}
