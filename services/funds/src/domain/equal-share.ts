import { shareBehindV1, type Envelope } from '@fabrique/contracts';
import { effectiveKind, type Entry } from './entry.js';
import { SOURCE, type Fund } from './fund.js';
import { splitByWeight, splitEvenly } from './money.js';

export interface CommuneShare {
  commune: string;
  targetCents: number;
  pledgedCents: number;
  paidCents: number;
  /** What is pledged and not yet paid. */
  outstandingCents: number;
  /** Its equal part of what all town halls paid so far. */
  expectedCents: number;
  behindByCents: number;
  behind: boolean;
}

/**
 * The town halls share the municipal part equally. A town hall is compared with the others:
 * it is expected to have paid its equal part of what the town halls paid together so far
 * (split to the cent, the extra cents to the first communes in order), and it is behind when
 * it paid less than that by more than the fund's margin of its expected part.
 */
export function equalShares(fund: Fund, entries: Entry[]) {
  const municipal = entries.filter((e) => e.category === 'municipalities' && e.commune !== null);
  const communes = [...fund.memberCommunes].sort();
  const municipalTarget =
    splitByWeight(fund.targetCents, new Map(Object.entries(fund.shares))).get('municipalities') ??
    0;
  const targets = splitEvenly(municipalTarget, communes);
  const amountOf = (commune: string, kind: 'pledge' | 'contribution') =>
    municipal
      .filter((e) => e.commune === commune && effectiveKind(e) === kind)
      .reduce((a, e) => a + e.amountCents, 0);
  const paidTotal = communes.reduce((a, c) => a + amountOf(c, 'contribution'), 0);
  const expected = splitEvenly(paidTotal, communes);
  const rows: CommuneShare[] = communes.map((commune) => {
    const paid = amountOf(commune, 'contribution');
    const pledged = amountOf(commune, 'pledge');
    const expectedCents = expected.get(commune) ?? 0;
    const behindBy = Math.max(0, expectedCents - paid);
    return {
      commune,
      targetCents: targets.get(commune) ?? 0,
      pledgedCents: pledged,
      paidCents: paid,
      outstandingCents: Math.max(0, pledged - paid),
      expectedCents,
      behindByCents: behindBy,
      behind: behindBy > 0 && behindBy * 10_000 > expectedCents * fund.behindMarginBps,
    };
  });
  return { municipalTargetCents: municipalTarget, marginBps: fund.behindMarginBps, communes: rows };
}

/** That a town hall was found behind, on a day. */
export interface ShareAlert {
  /** Fund, commune and day: a town hall is flagged at most once a day. */
  id: string;
  fundId: string;
  commune: string;
  at: Date;
}

/**
 * A town hall behind its equal share, told to its contacts (`organisationIds`, the commune's
 * town halls) through a `share.behind` event.
 */
export function flagShareBehind(
  fund: Fund,
  row: CommuneShare,
  organisationIds: string[],
  now: Date,
): { alert: ShareAlert; events: Envelope[] } {
  const day = now.toISOString().slice(0, 10);
  const alert = {
    id: `behind:${fund.id}:${row.commune}:${day}`,
    fundId: fund.id,
    commune: row.commune,
    at: now,
  };
  const event = shareBehindV1.create(
    { subject: fund.id, source: SOURCE },
    {
      fundId: fund.id,
      commune: row.commune,
      organisationIds,
      paidCents: row.paidCents,
      expectedCents: row.expectedCents,
      behindByCents: row.behindByCents,
      marginBps: fund.behindMarginBps,
      asOf: now.toISOString(),
    },
    now,
  );
  return { alert, events: [event] };
}
