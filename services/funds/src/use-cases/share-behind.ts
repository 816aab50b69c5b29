import { shareBehindV1 } from '@fabrique/contracts';
import { equalShares } from '../domain/equal-share.js';
import type { Fund } from '../domain/fund.js';
import { SOURCE } from '../events/converters.js';
import { insertOnce } from '../store/records.store.js';
import type { OrganisationRecord } from './contributors.js';
import type { FundsDeps } from './deps.js';

/**
 * After a town hall pays, the others may now be behind their equal share: each one that is
 * gets a `share.behind` event, at most once a day (the alert's id is fund, commune and day),
 * so that notifications can reach the municipality's contacts without flooding them.
 */
export async function flagTownHallsBehind(deps: FundsDeps, fund: Fund): Promise<number> {
  const shares = equalShares(fund, await deps.book.entriesOf(fund));
  const behind = shares.communes.filter((c) => c.behind);
  if (behind.length === 0) return 0;
  const townHalls = await deps.models.organisations
    .find({ kind: 'municipality' })
    .lean<(Omit<OrganisationRecord, 'id'> & { _id: string })[]>();
  const now = deps.now();
  const day = now.toISOString().slice(0, 10);
  let flagged = 0;
  for (const row of behind) {
    const id = `behind:${fund.id}:${row.commune}:${day}`;
    const event = shareBehindV1.create(
      { subject: fund.id, source: SOURCE },
      {
        fundId: fund.id,
        commune: row.commune,
        organisationIds: townHalls.filter((o) => o.commune === row.commune).map((o) => o._id),
        paidCents: row.paidCents,
        expectedCents: row.expectedCents,
        behindByCents: row.behindByCents,
        marginBps: fund.behindMarginBps,
        asOf: now.toISOString(),
      },
      now,
    );
    const alert = { id, fundId: fund.id, commune: row.commune, at: now };
    if (
      await deps.outbox.save(deps.models.alerts, id, [event], () =>
        insertOnce(deps.models.alerts, alert, [event]),
      )
    ) {
      flagged += 1;
    }
  }
  return flagged;
}
