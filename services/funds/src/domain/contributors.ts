import { effectiveKind, type Entry } from './entry.js';
import type { FunderCategory } from './fund.js';

export interface ContributorStanding {
  /** `residents`: the residents' category as one total line (see privacy.ts). */
  contributor: { type: 'account' | 'organisation' | 'residents'; id: string };
  category: FunderCategory | null;
  commune: string | null;
  pledgedCents: number;
  paidCents: number;
  /** Pledged and not yet paid (never negative: paying more than pledged is welcome). */
  outstandingCents: number;
}

/** Pledges against payments, per contributor, largest outstanding first. */
export function contributorStandings(entries: Entry[]): ContributorStanding[] {
  const rows = new Map<string, ContributorStanding>();
  for (const e of entries) {
    const kind = effectiveKind(e);
    if (!e.contributor || (kind !== 'pledge' && kind !== 'contribution')) continue;
    const key = `${e.contributor.type}:${e.contributor.id}`;
    const row = rows.get(key) ?? {
      contributor: e.contributor,
      category: e.category,
      commune: e.commune,
      pledgedCents: 0,
      paidCents: 0,
      outstandingCents: 0,
    };
    if (kind === 'pledge') row.pledgedCents += e.amountCents;
    else row.paidCents += e.amountCents;
    row.outstandingCents = Math.max(0, row.pledgedCents - row.paidCents);
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.outstandingCents - a.outstandingCents || (a.contributor.id < b.contributor.id ? -1 : 1),
  );
}
