import { fundArchivedV1, fundCreatedV1, fundVolunteerRatesSetV1, newId } from '@fabrique/contracts';
import type { VolunteerRate } from '../domain/in-kind.js';
import { fundErrors } from '../domain/errors.js';
import {
  assertValidFund,
  EQUAL_SHARES,
  type Fund,
  type FunderCategory,
  type LineItem,
} from '../domain/fund.js';
import { fundData, SOURCE } from '../events/converters.js';
import { insertOnce } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';

export interface CreateFundRequest {
  id?: string | undefined;
  name: string;
  periodStart: Date;
  periodEnd: Date;
  targetCents: number;
  shares?: Record<FunderCategory, number> | undefined;
  memberCommunes: string[];
  lineItems: LineItem[];
  behindMarginBps: number;
}

export async function createFund(
  deps: FundsDeps,
  actor: Actor,
  request: CreateFundRequest,
): Promise<Fund> {
  const fund: Fund = {
    ...request,
    id: request.id ?? newId(),
    shares: request.shares ?? EQUAL_SHARES,
    memberCommunes: [...new Set(request.memberCommunes)].sort(),
    createdBy: actor.accountId,
    createdAt: deps.now(),
  };
  assertValidFund(fund);
  const event = fundCreatedV1.create(
    { subject: fund.id, source: SOURCE },
    fundData(fund),
    deps.now(),
  );
  const inserted = await deps.outbox.save(deps.models.funds, fund.id, [event], () =>
    insertOnce(deps.models.funds, { ...fund }, [event]),
  );
  if (!inserted) throw fundErrors.FUND_EXISTS();
  deps.book.addFund(fund);
  return fund;
}

export function fundOrFail(deps: FundsDeps, id: string): Fund {
  const fund = deps.book.fund(id);
  if (!fund) throw fundErrors.FUND_NOT_FOUND();
  return fund;
}

/** A fund that takes new money, expenses and rounds: not an archived one. */
export function openFundOrFail(deps: FundsDeps, id: string): Fund {
  const fund = fundOrFail(deps, id);
  if (fund.archivedAt) throw fundErrors.FUND_ARCHIVED();
  return fund;
}

/**
 * A coordinator retires a fund created by mistake or whose period is over: hidden from the
 * list, nothing new recorded in it; its ledger, figures and statements stay readable.
 */
export async function archiveFund(deps: FundsDeps, actor: Actor, id: string): Promise<Fund> {
  const fund = fundOrFail(deps, id);
  if (fund.archivedAt) return fund;
  const archivedAt = deps.now();
  const event = fundArchivedV1.create(
    { subject: fund.id, source: SOURCE },
    { fundId: fund.id, archivedBy: actor.accountId, archivedAt: archivedAt.toISOString() },
    archivedAt,
  );
  await deps.outbox.save(deps.models.funds, fund.id, [event], () =>
    deps.models.funds.updateOne(
      { _id: fund.id },
      { $set: { archivedAt, archivedBy: actor.accountId }, $push: { outbox: event } },
    ),
  );
  deps.book.archiveFund(fund.id, archivedAt);
  return { ...fund, archivedAt };
}

/**
 * A coordinator sets what a volunteer's hour is worth, each rate from its date (the whole
 * list: the SMIC changes on known dates). Sessions are valued at the rate of their day.
 */
export async function setVolunteerRates(
  deps: FundsDeps,
  actor: Actor,
  id: string,
  rates: VolunteerRate[],
): Promise<Fund> {
  const fund = fundOrFail(deps, id);
  const sorted = [...rates].sort((a, b) => a.from.getTime() - b.from.getTime());
  const now = deps.now();
  const event = fundVolunteerRatesSetV1.create(
    { subject: fund.id, source: SOURCE },
    {
      fundId: fund.id,
      rates: sorted.map((r) => ({ from: r.from.toISOString(), hourlyCents: r.hourlyCents })),
      setBy: actor.accountId,
      setAt: now.toISOString(),
    },
    now,
  );
  await deps.outbox.save(deps.models.funds, fund.id, [event], () =>
    deps.models.funds.updateOne(
      { _id: fund.id },
      { $set: { volunteerRates: sorted }, $push: { outbox: event } },
    ),
  );
  deps.book.setVolunteerRates(fund.id, sorted);
  return { ...fund, volunteerRates: sorted };
}
