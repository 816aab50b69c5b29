import { equalShares, flagShareBehind } from '../domain/equal-share.js';
import type { Fund } from '../domain/fund.js';
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
  let flagged = 0;
  for (const row of behind) {
    const contacts = townHalls.filter((o) => o.commune === row.commune).map((o) => o._id);
    const { alert, events } = flagShareBehind(fund, row, contacts, now);
    if (
      await deps.outbox.save(deps.models.alerts, alert.id, events, () =>
        insertOnce(deps.models.alerts, { ...alert }, events),
      )
    ) {
      flagged += 1;
    }
  }
  return flagged;
}
