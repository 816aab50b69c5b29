import {
  fundArchivedV1,
  fundCreatedV1,
  fundVolunteerRatesSetV1,
  type Envelope,
  type EventOf,
  type FUNDER_CATEGORIES,
} from '@fabrique/contracts';
import { fundErrors } from './errors.js';
import { DEFAULT_HOURLY_CENTS, type VolunteerRate } from './in-kind.js';

/** The `source` of every event this service publishes. */
export const SOURCE = 'fabrique/funds';

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

/** A fund that takes new money, expenses and rounds: not an archived one. */
export function assertOpen(fund: Fund): void {
  if (fund.archivedAt) throw fundErrors.FUND_ARCHIVED();
}

/** Money, declarations and decisions are dated within the fund's period. */
export function assertInPeriod(fund: Fund, at: Date): void {
  if (!inPeriod(fund, at)) throw fundErrors.OUTSIDE_PERIOD();
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

export interface FundChange {
  fund: Fund;
  events: Envelope[];
}

type FundData = EventOf<typeof fundCreatedV1>['data'];

export function fundData(fund: Fund): FundData {
  return {
    fundId: fund.id,
    name: fund.name,
    periodStart: fund.periodStart.toISOString(),
    periodEnd: fund.periodEnd.toISOString(),
    targetCents: fund.targetCents,
    shares: fund.shares,
    memberCommunes: fund.memberCommunes,
    lineItems: fund.lineItems,
    behindMarginBps: fund.behindMarginBps,
    createdBy: fund.createdBy,
    createdAt: fund.createdAt.toISOString(),
  };
}

/** The fund a fund-created event describes (every replica's view, and a rebuild, read it). */
export function fundFromData(data: FundData): Fund {
  return {
    id: data.fundId,
    name: data.name,
    periodStart: new Date(data.periodStart),
    periodEnd: new Date(data.periodEnd),
    targetCents: data.targetCents,
    shares: {
      municipalities: data.shares.municipalities ?? 0,
      businesses: data.shares.businesses ?? 0,
      residents: data.shares.residents ?? 0,
    },
    memberCommunes: data.memberCommunes,
    lineItems: data.lineItems,
    behindMarginBps: data.behindMarginBps,
    createdBy: data.createdBy,
    createdAt: new Date(data.createdAt),
  };
}

/** What a coordinator asks for; equal shares when none are given. */
export type FundInput = Omit<
  Fund,
  'shares' | 'createdBy' | 'createdAt' | 'archivedAt' | 'volunteerRates'
> & { shares?: Record<FunderCategory, number> | undefined };

export function createFund(input: FundInput, by: string, now: Date): FundChange {
  const fund: Fund = {
    ...input,
    shares: input.shares ?? EQUAL_SHARES,
    memberCommunes: [...new Set(input.memberCommunes)].sort(),
    createdBy: by,
    createdAt: now,
  };
  assertValidFund(fund);
  const event = fundCreatedV1.create({ subject: fund.id, source: SOURCE }, fundData(fund), now);
  return { fund, events: [event] };
}

/** Archiving an archived fund changes nothing and says nothing. */
export function archiveFund(fund: Fund, by: string, now: Date): FundChange {
  if (fund.archivedAt) return { fund, events: [] };
  const event = fundArchivedV1.create(
    { subject: fund.id, source: SOURCE },
    { fundId: fund.id, archivedBy: by, archivedAt: now.toISOString() },
    now,
  );
  return { fund: { ...fund, archivedAt: now }, events: [event] };
}

/** The whole list of rates, oldest first, replaces the fund's. */
export function setVolunteerRates(
  fund: Fund,
  rates: VolunteerRate[],
  by: string,
  now: Date,
): FundChange {
  const sorted = [...rates].sort((a, b) => a.from.getTime() - b.from.getTime());
  const event = fundVolunteerRatesSetV1.create(
    { subject: fund.id, source: SOURCE },
    {
      fundId: fund.id,
      rates: sorted.map((r) => ({ from: r.from.toISOString(), hourlyCents: r.hourlyCents })),
      setBy: by,
      setAt: now.toISOString(),
    },
    now,
  );
  return { fund: { ...fund, volunteerRates: sorted }, events: [event] };
}
