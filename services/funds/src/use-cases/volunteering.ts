import type { Delivery } from '../domain/delivery.js';
import { monthInParis } from '../domain/months.js';
import { standingOnly } from '../store/delivery.store.js';
import type { FundsDeps } from './deps.js';

export interface VolunteeringRow {
  sessionId: string;
  startsAt: Date;
  kind: string;
  commune: string;
  minutes: number;
}

/**
 * A volunteer's own record of a year (in Paris): each session they gave time to, and how long,
 * read by the indexed volunteer id. Only their own: the caller's account id is the filter.
 */
export async function volunteeringOf(deps: FundsDeps, accountId: string, year: number) {
  const docs = await deps.models.deliveries
    .find({ 'volunteers.accountId': accountId }, { outbox: 0 })
    .lean<Delivery[]>();
  const inYear = docs.filter((d) => monthInParis(d.startsAt).startsWith(`${year}-`));
  const standing = await standingOnly(deps.models, inYear);
  const rows: VolunteeringRow[] = standing
    .map((d) => ({
      sessionId: d.sessionId,
      startsAt: d.startsAt,
      kind: d.kind,
      commune: d.commune,
      minutes: d.volunteers?.find((v) => v.accountId === accountId)?.minutes ?? 0,
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const minutes = rows.reduce((a, r) => a + r.minutes, 0);
  return { year, sessions: rows, hours: Math.round((minutes / 60) * 100) / 100 };
}
