import { Settings } from 'luxon';
import {
  occurrences,
  parisWallClock,
  recurrenceSchema,
  type Recurrence,
  type RecurrenceInput,
} from './recurrence.js';

const rule = (input: RecurrenceInput): Recurrence => recurrenceSchema.parse(input);
const utc = (list: { startsAt: Date }[]) => list.map((o) => o.startsAt.toISOString());
const wall = (list: { startsAt: Date }[]) => list.map((o) => parisWallClock(o.startsAt));
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

describe('occurrences without a rule', () => {
  it('is the one session asked for, with its end', () => {
    const start = new Date('2026-05-04T08:00:00Z');
    expect(occurrences(start, 90, undefined)).toEqual([
      { startsAt: start, endsAt: new Date('2026-05-04T09:30:00Z') },
    ]);
  });
});

describe('weekly occurrences keep the Paris wall-clock time', () => {
  it('stays at 14:00 across the March change (13:00Z, then 12:00Z from 29 March)', () => {
    const list = occurrences(
      new Date('2026-03-15T13:00:00Z'),
      120,
      rule({ frequency: 'weekly', count: 4 }),
    );
    expect(wall(list)).toEqual([
      '2026-03-15T14:00',
      '2026-03-22T14:00',
      '2026-03-29T14:00',
      '2026-04-05T14:00',
    ]);
    expect(utc(list)).toEqual([
      '2026-03-15T13:00:00.000Z',
      '2026-03-22T13:00:00.000Z',
      '2026-03-29T12:00:00.000Z',
      '2026-04-05T12:00:00.000Z',
    ]);
    expect(list.map((o) => o.endsAt.getTime() - o.startsAt.getTime())).toEqual(
      Array(4).fill(120 * 60_000),
    );
  });

  it('stays at 14:00 across the October change (12:00Z, then 13:00Z from 25 October)', () => {
    const list = occurrences(
      new Date('2026-10-11T12:00:00Z'),
      60,
      rule({ frequency: 'weekly', count: 4 }),
    );
    expect(wall(list)).toEqual([
      '2026-10-11T14:00',
      '2026-10-18T14:00',
      '2026-10-25T14:00',
      '2026-11-01T14:00',
    ]);
    expect(utc(list)).toEqual([
      '2026-10-11T12:00:00.000Z',
      '2026-10-18T12:00:00.000Z',
      '2026-10-25T13:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
    ]);
  });

  it('repeats every 2 weeks up to and including `until`', () => {
    const start = new Date('2026-03-15T13:00:00Z');
    const every2 = (until: string) =>
      wall(occurrences(start, 60, rule({ frequency: 'weekly', interval: 2, until })));
    expect(every2('2026-04-26')).toEqual([
      '2026-03-15T14:00',
      '2026-03-29T14:00',
      '2026-04-12T14:00',
      '2026-04-26T14:00',
    ]);
    expect(every2('2026-04-25')).toHaveLength(3);
    expect(every2('2026-03-15')).toEqual(['2026-03-15T14:00']);
  });

  it('counts the first session: count 1 is the first session alone', () => {
    const start = new Date('2026-03-15T13:00:00Z');
    expect(occurrences(start, 60, rule({ frequency: 'weekly', count: 1 }))).toEqual([
      { startsAt: start, endsAt: new Date('2026-03-15T14:00:00Z') },
    ]);
    expect(occurrences(start, 60, rule({ frequency: 'weekly', count: 3 }))).toHaveLength(3);
  });
});

describe('monthly occurrences', () => {
  const newYear = new Date('2026-01-01T09:00:00Z'); // Thursday 1 January, 10:00 in Paris

  it('on the 2nd Saturday start at the first matching date on or after the first start', () => {
    const list = occurrences(
      newYear,
      120,
      rule({ frequency: 'monthly', weekday: 6, ordinal: 2, count: 6 }),
    );
    expect(wall(list)).toEqual([
      '2026-01-10T10:00',
      '2026-02-14T10:00',
      '2026-03-14T10:00',
      '2026-04-11T10:00',
      '2026-05-09T10:00',
      '2026-06-13T10:00',
    ]);
    expect(list[3]?.startsAt.toISOString()).toBe('2026-04-11T08:00:00.000Z');
  });

  it('on the last Friday (-1), across the March change', () => {
    const list = occurrences(
      newYear,
      60,
      rule({ frequency: 'monthly', weekday: 5, ordinal: -1, count: 4 }),
    );
    expect(utc(list)).toEqual([
      '2026-01-30T09:00:00.000Z',
      '2026-02-27T09:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
      '2026-04-24T08:00:00.000Z',
    ]);
  });

  it('keeps the first start itself when its date matches, and stops at `until`', () => {
    const secondSaturday = new Date('2026-01-10T09:00:00Z');
    const list = occurrences(
      secondSaturday,
      60,
      rule({ frequency: 'monthly', weekday: 6, ordinal: 2, until: '2026-03-14' }),
    );
    expect(list[0]?.startsAt).toEqual(secondSaturday);
    expect(wall(list)).toEqual(['2026-01-10T10:00', '2026-02-14T10:00', '2026-03-14T10:00']);
  });

  it('refuses a rule with no date before `until`', () => {
    const rule2 = rule({ frequency: 'monthly', weekday: 6, ordinal: 2, until: '2026-01-09' });
    expect(thrownBy(() => occurrences(newYear, 60, rule2))).toMatchObject(
      problem('INVALID_RECURRENCE'),
    );
  });
});

describe('the skipped and the repeated hour', () => {
  it('moves 02:30 on 29 March 2026 (does not exist) forward to 03:30 summer time', () => {
    const start = new Date('2026-03-22T01:30:00Z'); // 02:30 winter time
    const list = occurrences(start, 120, rule({ frequency: 'weekly', count: 3 }));
    expect(wall(list)).toEqual(['2026-03-22T02:30', '2026-03-29T03:30', '2026-04-05T02:30']);
    expect(utc(list)).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
    // The session keeps its real length: 2 hours elapsed, ending at 05:30 on Paris clocks.
    expect(parisWallClock(list[1]!.endsAt)).toBe('2026-03-29T05:30');
  });

  it('takes the first 02:30 on 25 October 2026 (still summer time)', () => {
    const start = new Date('2026-10-18T00:30:00Z'); // 02:30 summer time
    const list = occurrences(start, 60, rule({ frequency: 'weekly', count: 3 }));
    expect(utc(list)).toEqual([
      '2026-10-18T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-11-01T01:30:00.000Z',
    ]);
    expect(wall(list)).toEqual(['2026-10-18T02:30', '2026-10-25T02:30', '2026-11-01T02:30']);
  });

  it('does not depend on the season in which it runs', () => {
    const start = new Date('2026-10-18T00:30:00Z');
    const original = Settings.now;
    try {
      for (const now of ['2026-07-01T00:00:00Z', '2026-12-01T00:00:00Z']) {
        Settings.now = () => Date.parse(now);
        const list = occurrences(start, 60, rule({ frequency: 'weekly', count: 2 }));
        expect(list[1]?.startsAt.toISOString()).toBe('2026-10-25T00:30:00.000Z');
      }
    } finally {
      Settings.now = original;
    }
  });
});

describe('limits', () => {
  const start = new Date('2026-03-15T13:00:00Z');

  it('refuses more than 200 sessions', () => {
    // The schema already caps count at 200; the function holds even for unparsed input.
    const tooMany: Recurrence = { frequency: 'weekly', interval: 1, count: 201 };
    expect(thrownBy(() => occurrences(start, 60, tooMany))).toMatchObject(
      problem('TOO_MANY_OCCURRENCES'),
    );
    expect(occurrences(start, 60, { ...tooMany, count: 200 })).toHaveLength(200);
  });

  it('refuses more than options.max sessions, by count or by until', () => {
    const weekly = (input: Omit<Extract<RecurrenceInput, { frequency: 'weekly' }>, 'frequency'>) =>
      rule({ frequency: 'weekly', ...input });
    expect(
      thrownBy(() => occurrences(start, 60, weekly({ count: 11 }), { max: 10 })),
    ).toMatchObject(problem('TOO_MANY_OCCURRENCES'));
    expect(
      thrownBy(() => occurrences(start, 60, weekly({ until: '2026-05-24' }), { max: 10 })),
    ).toMatchObject(problem('TOO_MANY_OCCURRENCES'));
    expect(occurrences(start, 60, weekly({ until: '2026-05-17' }), { max: 10 })).toHaveLength(10);
    // max can lower the cap, never raise it.
    const unparsed: Recurrence = { frequency: 'weekly', interval: 1, count: 201 };
    expect(thrownBy(() => occurrences(start, 60, unparsed, { max: 500 }))).toMatchObject(
      problem('TOO_MANY_OCCURRENCES'),
    );
  });

  it('accepts `until` up to 2 years after the first date, not a day more', () => {
    expect(occurrences(start, 60, rule({ frequency: 'weekly', until: '2028-03-15' }))).toHaveLength(
      105,
    );
    expect(
      thrownBy(() => occurrences(start, 60, rule({ frequency: 'weekly', until: '2028-03-16' }))),
    ).toMatchObject(problem('INVALID_RECURRENCE'));
    expect(
      thrownBy(() => occurrences(start, 60, rule({ frequency: 'weekly', until: '2026-03-14' }))),
    ).toMatchObject(problem('INVALID_RECURRENCE'));
  });

  it('asks for exactly one of until and count', () => {
    const message = /exactly one of `until`/;
    const both = recurrenceSchema.safeParse({ frequency: 'weekly', count: 3, until: '2026-04-01' });
    const neither = recurrenceSchema.safeParse({ frequency: 'monthly', weekday: 6, ordinal: 2 });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toMatch(message);
    expect(neither.success).toBe(false);
    expect(neither.error?.issues[0]?.message).toMatch(message);
    const unparsed = { frequency: 'weekly', interval: 1 } as Recurrence;
    expect(thrownBy(() => occurrences(start, 60, unparsed))).toMatchObject(
      problem('INVALID_RECURRENCE'),
    );
  });

  it.each([
    { frequency: 'weekly', interval: 9, count: 2 },
    { frequency: 'weekly', interval: 1, count: 201 },
    { frequency: 'weekly', count: 0 },
    { frequency: 'weekly', until: '2026-02-30' },
    { frequency: 'weekly', until: '15/03/2026' },
    { frequency: 'weekly', count: 2, byDay: 'MO' },
    { frequency: 'monthly', weekday: 6, ordinal: 5, count: 2 },
    { frequency: 'monthly', weekday: 0, ordinal: 1, count: 2 },
    { frequency: 'daily', count: 2 },
  ])('rejects %j', (input) => {
    expect(recurrenceSchema.safeParse(input).success).toBe(false);
  });

  it('defaults the weekly interval to 1', () => {
    expect(rule({ frequency: 'weekly', count: 2 })).toEqual({
      frequency: 'weekly',
      interval: 1,
      count: 2,
    });
  });
});
