import {
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
  pledgeRecordedV1,
} from '@fabrique/contracts';
import {
  entryIdOf,
  fromEntryData,
  recordEntry,
  recordMoney,
  reverseEntry,
  sourceOf,
  type MoneyInput,
} from './entry.js';
import { SOURCE } from './fund.js';
import { CHAPELLE, codeOf, fund, now } from './test-fixtures.js';

const gift: MoneyInput = {
  kind: 'contribution',
  amountCents: 25_00,
  occurredAt: new Date('2027-03-01T00:00:00Z'),
  source: { type: 'receipt', ref: 'VIR-0042' },
  category: 'residents',
  contributor: { type: 'account', id: 'resident-1' },
  commune: CHAPELLE,
  note: null,
};

describe('sourceOf', () => {
  it('is the receipt when there is one, else the caller’s Idempotency-Key', () => {
    expect(sourceOf('VIR-0042', 'a1', 'k1')).toEqual({ type: 'receipt', ref: 'VIR-0042' });
    expect(sourceOf(undefined, 'a1', 'k1')).toEqual({ type: 'request', ref: 'a1:k1' });
  });

  it('refuses money recorded with neither', () => {
    expect(codeOf(() => sourceOf(undefined, 'a1', undefined))).toBe('REFERENCE_REQUIRED');
  });
});

describe('recordMoney', () => {
  it('records the money once per fact: its id derives from the fund, the kind and the source', () => {
    const { entry, events } = recordMoney(fund, gift, 'coordinator-1', now);
    expect(entry).toMatchObject({
      id: entryIdOf(fund.id, 'contribution', 'VIR-0042'),
      fundId: fund.id,
      kind: 'contribution',
      amountCents: 25_00,
      category: 'residents',
      contributor: { type: 'account', id: 'resident-1' },
      commune: CHAPELLE,
      occurredAt: gift.occurredAt,
      recordedAt: now,
      recordedBy: 'coordinator-1',
      reverses: null,
    });
    expect(recordMoney(fund, gift, 'coordinator-2', now).entry.id).toBe(entry.id);
    const event = contributionRecordedV1.schema.parse(events[0]);
    expect(event).toMatchObject({ subject: fund.id, source: SOURCE });
    expect(fromEntryData(event.data)).toEqual(entry);
  });

  it('says a pledge with the pledge event', () => {
    const { events } = recordMoney(fund, { ...gift, kind: 'pledge' }, 'coordinator-1', now);
    expect(events.map((e) => e.type)).toEqual([pledgeRecordedV1.type]);
  });
});

describe('recordEntry', () => {
  it('says any other kind of entry with the generic entry event', () => {
    const { entry } = recordMoney(fund, gift, 'coordinator-1', now);
    const expense = { ...entry, kind: 'expense' as const, category: null, contributor: null };
    expect(recordEntry(expense, now).events.map((e) => e.type)).toEqual([entryRecordedV1.type]);
  });
});

describe('reverseEntry', () => {
  const original = recordMoney(fund, gift, 'coordinator-1', now).entry;
  const later = new Date('2027-03-05T00:00:00Z');

  it('nets the original to zero with a reversal linked to it, with the reversal event', () => {
    const { entry, events } = reverseEntry(original, 'coordinator-2', 'typo', later);
    expect(entry).toMatchObject({
      id: `reversal-of-${original.id}`,
      kind: 'reversal',
      reversedKind: 'contribution',
      amountCents: -25_00,
      reverses: original.id,
      recordedBy: 'coordinator-2',
      note: 'typo',
      groupId: original.groupId,
    });
    expect(entryReversedV1.schema.parse(events[0]).data.entryId).toBe(entry.id);
  });

  it('refuses to reverse a reversal', () => {
    const reversal = reverseEntry(original, 'coordinator-2', 'typo', later).entry;
    expect(codeOf(() => reverseEntry(reversal, 'coordinator-2', 'again', later))).toBe(
      'NOT_REVERSIBLE',
    );
  });
});
