import { PHASE_STARTS, type Phase, type Round, type ScheduleField } from './api.js';

export type Schedule = Pick<Round, ScheduleField>;

/** The phase at `now`, as the server computes it (each phase is [start, next start)). */
export function phaseAt(schedule: Schedule, now: number): Phase {
  let phase: Phase = 'upcoming';
  for (const [next, field] of PHASE_STARTS)
    if (now >= new Date(schedule[field]).getTime()) phase = next;
  return phase;
}

/** When `phase` ends (the next one starts), or null for the last one. */
export function endOf(schedule: Schedule, phase: Phase): string | null {
  const index = PHASE_STARTS.findIndex(([p]) => p === phase);
  const next = PHASE_STARTS[index + 1];
  return next ? schedule[next[1]] : null;
}

/** When `phase` starts, or null for `upcoming`. */
export function startOf(schedule: Schedule, phase: Phase): string | null {
  const start = PHASE_STARTS.find(([p]) => p === phase);
  return start ? schedule[start[1]] : null;
}

/** The next instant the phase changes after `now`, or null once the round is closed. */
export function nextChange(schedule: Schedule, now: number): number | null {
  for (const [, field] of PHASE_STARTS) {
    const at = new Date(schedule[field]).getTime();
    if (at > now) return at;
  }
  return null;
}

const ACTIVE: Phase[] = ['voting', 'proposals', 'review'];

/** Rounds people can act in first (voting, then proposals, review), then upcoming, then past. */
export function currentFirst<T extends Round>(rounds: T[]): T[] {
  const rank = (r: T) => {
    const active = ACTIVE.indexOf(r.phase);
    if (active >= 0) return active;
    return r.phase === 'upcoming' ? 3 : r.phase === 'results' ? 4 : 5;
  };
  const when = (r: T) => new Date(r.proposalsOpenAt).getTime();
  return [...rounds].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    // Sooner first while it is ahead; the most recent first once it is over.
    return rank(a) <= 3 ? when(a) - when(b) : when(b) - when(a);
  });
}
