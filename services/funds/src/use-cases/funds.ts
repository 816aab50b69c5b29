import { fundArchivedV1, fundCreatedV1, newId } from '@fabrique/contracts';
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
  if (!(await insertOnce(deps.models.funds, { ...fund }, [event]))) throw fundErrors.FUND_EXISTS();
  deps.book.addFund(fund);
  deps.eventsWritten('Fund', fund.id, [event]);
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
  await deps.models.funds.updateOne(
    { _id: fund.id },
    { $set: { archivedAt, archivedBy: actor.accountId }, $push: { outbox: event } },
  );
  deps.book.archiveFund(fund.id, archivedAt);
  deps.eventsWritten('Fund', fund.id, [event]);
  return { ...fund, archivedAt };
}
