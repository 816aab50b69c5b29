import { newId } from '@fabrique/contracts';
import type { VolunteerRate } from '../domain/in-kind.js';
import { fundErrors } from '../domain/errors.js';
import * as rules from '../domain/fund.js';
import type { Fund, FundInput } from '../domain/fund.js';
import { insertOnce, updateRecord } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';

export type CreateFundRequest = Omit<FundInput, 'id'> & { id?: string | undefined };

export async function createFund(
  deps: FundsDeps,
  actor: Actor,
  request: CreateFundRequest,
): Promise<Fund> {
  const input = { ...request, id: request.id ?? newId() };
  const { fund, events } = rules.createFund(input, actor.accountId, deps.now());
  const inserted = await deps.outbox.save(deps.models.funds, fund.id, events, () =>
    insertOnce(deps.models.funds, { ...fund }, events),
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
  rules.assertOpen(fund);
  return fund;
}

/**
 * A coordinator retires a fund created by mistake or whose period is over: hidden from the
 * list, nothing new recorded in it; its ledger, figures and statements stay readable.
 */
export async function archiveFund(deps: FundsDeps, actor: Actor, id: string): Promise<Fund> {
  const now = deps.now();
  const { fund, events } = rules.archiveFund(fundOrFail(deps, id), actor.accountId, now);
  if (events.length === 0) return fund;
  const fields = { archivedAt: fund.archivedAt, archivedBy: actor.accountId };
  await deps.outbox.save(deps.models.funds, fund.id, events, () =>
    updateRecord(deps.models.funds, fund.id, fields, events),
  );
  deps.book.archiveFund(fund.id, now);
  return fund;
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
  const current = fundOrFail(deps, id);
  const { fund, events } = rules.setVolunteerRates(current, rates, actor.accountId, deps.now());
  const { volunteerRates } = fund;
  await deps.outbox.save(deps.models.funds, fund.id, events, () =>
    updateRecord(deps.models.funds, fund.id, { volunteerRates }, events),
  );
  deps.book.setVolunteerRates(fund.id, volunteerRates ?? []);
  return fund;
}
