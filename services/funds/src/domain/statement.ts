import { deliveredTotals, type DeliveredTotals, type Delivery } from './delivery.js';
import { effectiveKind, type Entry } from './entry.js';
import { ratesOf, type Fund } from './fund.js';
import { givenBy, inKindTotals } from './in-kind.js';
import { ratio } from './money.js';

export interface Funder {
  type: 'account' | 'organisation';
  id: string;
  name: string;
}

export interface Period {
  from: Date;
  to: Date;
}

const within = (at: Date, p: Period) => at >= p.from && at < p.to;

/**
 * "What did my money pay for": the funder's contributions in the period, their share of all
 * contributions in it, and that share of the hours and people the period's sessions reached
 * (pro rata: money is pooled, so each euro is credited with an equal part of what the fund
 * delivered). Hours to 2 decimals, people to 1.
 */
const total = (entries: Entry[]) => entries.reduce((a, e) => a + e.amountCents, 0);

function pledgeStanding(entries: Entry[], isMine: (e: Entry) => boolean) {
  const pledged = total(entries.filter((e) => effectiveKind(e) === 'pledge' && isMine(e)));
  const paid = total(entries.filter((e) => effectiveKind(e) === 'contribution' && isMine(e)));
  return { pledgedCents: pledged, outstandingPledgeCents: Math.max(0, pledged - paid) };
}

const line = (e: Entry) => ({
  entryId: e.id,
  kind: e.kind,
  amountCents: e.amountCents,
  occurredAt: e.occurredAt.toISOString(),
  reference: e.source.ref,
});

/**
 * Contributions in kind beside the money, never in it: the volunteers' hours of the period's
 * sessions and their value, and (for a person) the time they gave themselves. An
 * organisation gives money only, so its own part is empty.
 */
function inKindOf(fund: Fund, funder: Funder, held: Delivery[]) {
  const rates = ratesOf(fund);
  const all = inKindTotals(held, rates);
  const given = givenBy(funder.id, funder.type === 'account' ? held : [], rates);
  return {
    volunteerHours: all.volunteerHours,
    volunteers: all.volunteers,
    valuedCents: all.valuedCents,
    given,
  };
}

const attributedShare = (delivered: DeliveredTotals, share: number) => ({
  workshopHours: Math.round(delivered.workshopHours * share * 100) / 100,
  participantHours: Math.round(delivered.participantHours * share * 100) / 100,
  attendees: Math.round(delivered.attendees * share * 10) / 10,
});

export function statementOf(
  fund: Fund,
  funder: Funder,
  entries: Entry[],
  deliveries: Delivery[],
  period: Period,
) {
  const contributions = entries.filter(
    (e) => effectiveKind(e) === 'contribution' && within(e.occurredAt, period),
  );
  const isMine = (e: Entry) =>
    e.contributor?.type === funder.type && e.contributor.id === funder.id;
  const mine = contributions
    .filter(isMine)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const myTotal = total(mine);
  const allTotal = total(contributions);
  const share = allTotal > 0 ? myTotal / allTotal : 0;
  const held = deliveries.filter((d) => within(d.startsAt, period));
  const delivered = deliveredTotals(held);
  return {
    fundId: fund.id,
    fundName: fund.name,
    funder,
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    contributions: mine.map(line),
    contributedCents: myTotal,
    ...pledgeStanding(entries, isMine),
    allContributionsCents: allTotal,
    share: ratio(myTotal, allTotal),
    delivered,
    attributed: attributedShare(delivered, share),
    inKind: inKindOf(fund, funder, held),
    method:
      'Pro rata: your share of all contributions received in the period, applied to the workshop hours, participant-hours and attendees of the sessions held in it.',
  };
}

export type Statement = ReturnType<typeof statementOf>;
