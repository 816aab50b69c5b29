import { shareBehindV1 } from '@fabrique/contracts';
import { flagShareBehind, type CommuneShare } from './equal-share.js';
import { fund, VASSIEUX } from './test-fixtures.js';

const behind: CommuneShare = {
  commune: VASSIEUX,
  targetCents: 1_500_000,
  pledgedCents: 1_500_000,
  paidCents: 100_000,
  outstandingCents: 1_400_000,
  expectedCents: 500_000,
  behindByCents: 400_000,
  behind: true,
};

describe('flagShareBehind', () => {
  const now = new Date('2027-06-10T15:30:00Z');

  it('flags a town hall once a day: the alert is keyed by fund, commune and day', () => {
    const { alert } = flagShareBehind(fund, behind, ['mairie-vassieux'], now);
    expect(alert).toEqual({
      id: `behind:${fund.id}:${VASSIEUX}:2027-06-10`,
      fundId: fund.id,
      commune: VASSIEUX,
      at: now,
    });
    const later = flagShareBehind(fund, behind, [], new Date('2027-06-10T23:59:00Z'));
    expect(later.alert.id).toBe(alert.id);
    const tomorrow = flagShareBehind(fund, behind, [], new Date('2027-06-11T00:00:00Z'));
    expect(tomorrow.alert.id).not.toBe(alert.id);
  });

  it('tells the commune’s town halls how far behind it is', () => {
    const { events } = flagShareBehind(fund, behind, ['mairie-vassieux'], now);
    expect(shareBehindV1.schema.parse(events[0]).data).toEqual({
      fundId: fund.id,
      commune: VASSIEUX,
      organisationIds: ['mairie-vassieux'],
      paidCents: 100_000,
      expectedCents: 500_000,
      behindByCents: 400_000,
      marginBps: fund.behindMarginBps,
      asOf: now.toISOString(),
    });
  });
});
