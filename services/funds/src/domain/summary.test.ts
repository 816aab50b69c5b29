import type { Delivery } from './delivery.js';
import type { Entry } from './entry.js';
import { EQUAL_SHARES, type Fund } from './fund.js';
import { summariseFund } from './summary.js';

const fund: Fund = {
  id: 'f2027',
  name: 'Fonds 2027',
  periodStart: new Date('2027-01-01T00:00:00Z'),
  periodEnd: new Date('2028-01-01T00:00:00Z'),
  targetCents: 3_000_001,
  shares: EQUAL_SHARES,
  memberCommunes: ['la-chapelle-en-vercors', 'vassieux-en-vercors', 'saint-jean-en-royans'],
  lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 100_000 }],
  behindMarginBps: 1_000,
  createdBy: 'c',
  createdAt: new Date('2026-12-01T00:00:00Z'),
};

let n = 0;
function entry(overrides: Partial<Entry>): Entry {
  n += 1;
  return {
    id: `e${n}`,
    fundId: fund.id,
    kind: 'contribution',
    reversedKind: null,
    amountCents: 0,
    category: null,
    contributor: null,
    commune: null,
    lineItemId: null,
    sessionId: null,
    workshopId: null,
    occurredAt: new Date('2027-02-01T00:00:00Z'),
    recordedAt: new Date('2027-02-01T00:00:00Z'),
    recordedBy: 'c',
    source: { type: 'receipt', ref: `r${n}` },
    groupId: `g${n}`,
    reverses: null,
    note: null,
    ...overrides,
  };
}

const session = (
  id: string,
  commune: string,
  kind: string,
  minutes: number,
  attendees: number,
): Delivery => ({
  sessionId: id,
  workshopId: `w-${id}`,
  kind,
  commune,
  startsAt: new Date('2027-03-01T09:00:00Z'),
  durationMinutes: minutes,
  attendees,
  participantMinutes: minutes * attendees,
  byResidenceCommune: [{ commune, attendees }],
});

describe('a fund summary', () => {
  // Three sessions in two communes, by hand:
  //   s1 Vassieux, repair, 2 h × 10 people = 20 participant-hours, expenses 300,00 €
  //   s2 Vassieux, cooking, 3 h × 5 people = 15 participant-hours, expenses 150,00 €
  //   s3 La Chapelle, repair, 1,5 h × 8 people = 12 participant-hours, expenses 94,00 €
  // Vassieux: 450,00 € / 35 h = 12,857… → 1 286 cents; La Chapelle: 9 400 / 12 = 783,33 → 783.
  // Repair: (300 + 94) € / 32 h = 1 231,25 → 1 231; cooking: 15 000 / 15 = 1 000.
  // Overall: 54 400 / 47 = 1 157,4… → 1 157 cents per participant-hour.
  const deliveries = [
    session('s1', 'vassieux-en-vercors', 'repair', 120, 10),
    session('s2', 'vassieux-en-vercors', 'cooking', 180, 5),
    session('s3', 'la-chapelle-en-vercors', 'repair', 90, 8),
  ];
  const expenses = [
    entry({ kind: 'expense', amountCents: 30_000, sessionId: 's1', lineItemId: 'materiel' }),
    entry({ kind: 'expense', amountCents: 15_000, sessionId: 's2', lineItemId: 'materiel' }),
    entry({ kind: 'expense', amountCents: 9_400, workshopId: 'w-s3', lineItemId: 'materiel' }),
  ];

  it('computes the cost per participant-hour per commune, per kind and overall', () => {
    const summary = summariseFund(fund, expenses, deliveries);
    expect(summary.delivered).toMatchObject({
      sessions: 3,
      workshopHours: 6.5,
      participantHours: 47,
      attendees: 23,
    });
    expect(summary.costPerParticipantHour.overallCents).toBe(1_157);
    expect(summary.costPerParticipantHour.byVenueCommune).toEqual([
      {
        key: 'la-chapelle-en-vercors',
        spentCents: 9_400,
        participantHours: 12,
        centsPerParticipantHour: 783,
      },
      {
        key: 'vassieux-en-vercors',
        spentCents: 45_000,
        participantHours: 35,
        centsPerParticipantHour: 1_286,
      },
    ]);
    expect(summary.costPerParticipantHour.byKind).toEqual([
      { key: 'cooking', spentCents: 15_000, participantHours: 15, centsPerParticipantHour: 1_000 },
      { key: 'repair', spentCents: 39_400, participantHours: 32, centsPerParticipantHour: 1_231 },
    ]);
    expect(summary.budget).toEqual([
      {
        lineItemId: 'materiel',
        label: 'Matériel',
        budgetCents: 100_000,
        spentCents: 54_400,
        remainingCents: 45_600,
      },
    ]);
  });

  it('splits targets to the cent and flags the town hall behind its equal share', () => {
    const paid = (commune: string, amountCents: number) =>
      entry({
        amountCents,
        category: 'municipalities',
        commune,
        contributor: { type: 'organisation', id: commune },
      });
    const reversed = paid('saint-jean-en-royans', 50_000);
    const entries = [
      paid('vassieux-en-vercors', 100_000),
      paid('la-chapelle-en-vercors', 100_000),
      paid('saint-jean-en-royans', 80_001),
      reversed,
      entry({
        kind: 'reversal',
        reversedKind: 'contribution',
        amountCents: -50_000,
        category: 'municipalities',
        commune: 'saint-jean-en-royans',
        reverses: reversed.id,
      }),
    ];
    const summary = summariseFund(fund, entries, []);
    // 3 000 001 cents in thirds: 1 000 001 to businesses (first in order), 1 000 000 each to the others.
    expect(summary.byCategory.map((c) => c.targetCents)).toEqual([1_000_001, 1_000_000, 1_000_000]);
    expect(summary.equalShare.communes.map((c) => c.targetCents)).toEqual([
      333_334, 333_333, 333_333,
    ]);
    // Paid 280 001 together: expected 93 334 (La Chapelle), 93 334 (Saint-Jean), 93 333 (Vassieux),
    // the extra cents to the first in order; Saint-Jean paid 80 001: 13 333 behind, over 10 %.
    const stJean = summary.equalShare.communes.find((c) => c.commune === 'saint-jean-en-royans');
    expect(stJean).toMatchObject({
      paidCents: 80_001,
      expectedCents: 93_334,
      behindByCents: 13_333,
      behind: true,
    });
    expect(summary.equalShare.communes.filter((c) => c.behind)).toHaveLength(1);
    expect(summary.totals.contributedCents).toBe(280_001);
  });
});
