import { fundErrors } from '../domain/errors.js';
import type { Fund } from '../domain/fund.js';
import { statementOf, type Funder, type Period, type Statement } from '../domain/statement.js';
import { findRecord } from '../store/records.store.js';
import { assertActsFor, type OrganisationRecord } from './contributors.js';
import type { Actor, FundsDeps } from './deps.js';

export interface StatementQuery {
  organisationId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/**
 * The caller's own statement, or that of an organisation they act for (coordinators: any).
 * A business sees its statement, never another's.
 */
async function funderFor(
  deps: FundsDeps,
  actor: Actor,
  organisationId: string | undefined,
): Promise<Funder> {
  if (organisationId === undefined) {
    const person = await findRecord<{ id: string; displayName: string }>(
      deps.models.people,
      actor.accountId,
    );
    return { type: 'account', id: actor.accountId, name: person?.displayName ?? actor.accountId };
  }
  assertActsFor(actor, organisationId);
  const organisation = await findRecord<OrganisationRecord>(
    deps.models.organisations,
    organisationId,
  );
  if (!organisation) throw fundErrors.ORGANISATION_NOT_FOUND();
  return { type: 'organisation', id: organisation.id, name: organisation.name };
}

export async function statementFor(
  deps: FundsDeps,
  actor: Actor,
  fund: Fund,
  query: StatementQuery,
): Promise<Statement> {
  const funder = await funderFor(deps, actor, query.organisationId);
  const period: Period = { from: query.from ?? fund.periodStart, to: query.to ?? fund.periodEnd };
  return statementOf(
    fund,
    funder,
    await deps.book.entriesOf(fund),
    await deps.book.deliveriesOf(fund),
    period,
  );
}
