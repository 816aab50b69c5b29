import {
  assertOnSlotGrid,
  claimIds,
  claimsToRelease,
  claimsToTake,
  SLOT_MINUTES,
  slotStarts,
} from './slots.js';

const at = (iso: string) => new Date(iso);
/** What `run` throws (undefined when it does not throw), to match its code and status. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
const problem = (code: string) => ({ name: 'AppError', code, status: 422 });

describe('assertOnSlotGrid', () => {
  it.each([
    ['2026-03-15T13:00:00.000Z', 5],
    ['2026-03-15T13:05:00.000Z', 90],
    ['2026-03-15T13:55:00.000Z', 12 * 60],
  ])('accepts %s for %i minutes', (start, minutes) => {
    expect(() => assertOnSlotGrid(at(start), minutes)).not.toThrow();
  });

  it.each([
    ['2026-03-15T13:02:00.000Z', 60, /starts on a multiple of 5 minutes/],
    ['2026-03-15T13:00:30.000Z', 60, /no seconds/],
    ['2026-03-15T13:00:00.001Z', 60, /no seconds/],
    ['2026-03-15T13:00:00.000Z', 0, /5-minute steps/],
    ['2026-03-15T13:00:00.000Z', -30, /5-minute steps/],
    ['2026-03-15T13:00:00.000Z', 62, /5-minute steps/],
    ['2026-03-15T13:00:00.000Z', 7.5, /5-minute steps/],
    ['2026-03-15T13:00:00.000Z', 12 * 60 + 5, /at most 12 hours/],
    ['not a date', 60, /not a date/],
  ])('refuses %s for %d minutes', (start, minutes, message) => {
    expect(thrownBy(() => assertOnSlotGrid(at(start), minutes))).toMatchObject(
      problem('NOT_ON_SLOT_GRID'),
    );
    expect(() => assertOnSlotGrid(at(start), minutes)).toThrow(message);
  });
});

describe('slotStarts', () => {
  it('covers a 2-hour session with 24 slots of 5 minutes, end excluded', () => {
    const slots = slotStarts(at('2026-03-15T10:00:00Z'), at('2026-03-15T12:00:00Z'));
    expect(SLOT_MINUTES).toBe(5);
    expect(slots).toHaveLength(24);
    expect(slots[0]).toEqual(at('2026-03-15T10:00:00Z'));
    expect(slots[23]).toEqual(at('2026-03-15T11:55:00Z'));
  });

  it('widens off-grid bounds to whole slots', () => {
    expect(slotStarts(at('2026-03-15T10:02:00Z'), at('2026-03-15T10:06:00Z'))).toEqual([
      at('2026-03-15T10:00:00Z'),
      at('2026-03-15T10:05:00Z'),
    ]);
  });

  it('is empty for an empty span and refuses more than 12 hours', () => {
    expect(slotStarts(at('2026-03-15T10:00:00Z'), at('2026-03-15T10:00:00Z'))).toEqual([]);
    expect(
      thrownBy(() => slotStarts(at('2026-03-15T00:00:00Z'), at('2026-03-16T00:00:00Z'))),
    ).toMatchObject(problem('NOT_ON_SLOT_GRID'));
  });
});

describe('claimIds', () => {
  const shared = (a: string[], b: string[]) => a.filter((id) => b.includes(id));
  const venue = (from: string, to: string) => claimIds('venue', 'v-1', at(from), at(to));

  it('names each slot by kind, owner and instant', () => {
    expect(
      claimIds('host', 'acc-7', at('2026-03-15T13:00:00Z'), at('2026-03-15T13:10:00Z')),
    ).toEqual(['host:acc-7:2026-03-15T13:00:00.000Z', 'host:acc-7:2026-03-15T13:05:00.000Z']);
  });

  it('lets adjacent sessions through and makes overlapping ones collide', () => {
    const morning = venue('2026-03-15T08:00:00Z', '2026-03-15T10:00:00Z');
    const noon = venue('2026-03-15T10:00:00Z', '2026-03-15T12:00:00Z');
    const overlapping = venue('2026-03-15T09:55:00Z', '2026-03-15T10:30:00Z');
    expect(shared(morning, noon)).toEqual([]);
    expect(shared(morning, overlapping)).toEqual(['venue:v-1:2026-03-15T09:55:00.000Z']);
    expect(shared(noon, overlapping)).toHaveLength(6);
  });

  it('keeps venues, hosts and owners apart', () => {
    const from = at('2026-03-15T10:00:00Z');
    const to = at('2026-03-15T11:00:00Z');
    const all = [
      claimIds('venue', 'x', from, to),
      claimIds('host', 'x', from, to),
      claimIds('venue', 'y', from, to),
    ];
    expect(shared(all[0]!, all[1]!)).toEqual([]);
    expect(shared(all[0]!, all[2]!)).toEqual([]);
  });
});

describe('claims on a reschedule', () => {
  const before = claimIds('venue', 'v-1', at('2026-03-15T10:00:00Z'), at('2026-03-15T11:00:00Z'));
  const after = claimIds('venue', 'v-1', at('2026-03-15T10:30:00Z'), at('2026-03-15T11:30:00Z'));

  it('releases the old slots no longer covered and takes the new ones only', () => {
    const released = claimsToRelease(before, after);
    const taken = claimsToTake(before, after);
    expect(released).toHaveLength(6);
    expect(released[0]).toBe('venue:v-1:2026-03-15T10:00:00.000Z');
    expect(released[5]).toBe('venue:v-1:2026-03-15T10:25:00.000Z');
    expect(taken).toHaveLength(6);
    expect(taken[0]).toBe('venue:v-1:2026-03-15T11:00:00.000Z');
    expect(taken[5]).toBe('venue:v-1:2026-03-15T11:25:00.000Z');
  });

  it('is nothing when the slots do not change, everything when they all do', () => {
    expect(claimsToRelease(before, before)).toEqual([]);
    expect(claimsToTake(before, before)).toEqual([]);
    const otherVenue = claimIds(
      'venue',
      'v-2',
      at('2026-03-15T10:00:00Z'),
      at('2026-03-15T11:00:00Z'),
    );
    expect(claimsToRelease(before, otherVenue)).toEqual(before);
    expect(claimsToTake(before, otherVenue)).toEqual(otherVenue);
  });
});
