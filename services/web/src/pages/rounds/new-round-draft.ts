import { parisDay, parisWallTimeToIso } from '../../format/index.js';
import type { rounds } from '../../i18n/fr/rounds.js';
import { PHASE_STARTS, type RoundBody, type ScheduleField } from './api.js';
import { parseEuros, parsePositiveEuros } from '../../format/money.js';

type Errors = (typeof rounds)['create']['errors'];
type Steps = (typeof rounds)['create']['steps'];

export interface WallTime {
  day: string;
  time: string;
}

/** The new-round form as typed: euros and Paris wall-clock times until sent. */
export interface RoundDraft {
  fundId: string;
  title: string;
  envelope: string;
  communes: string[];
  verifiedOnly: boolean;
  split: boolean;
  shares: Record<string, string>;
  method: 'approval' | 'knapsack';
  maxChoices: string;
  schedule: Record<ScheduleField, WallTime>;
}

export const SCHEDULE_FIELDS: ScheduleField[] = PHASE_STARTS.map(([, field]) => field);

const DAY = 86_400_000;

/** A calendar people can start from: two weeks to propose, one to review, two to vote. */
export function defaultDraft(now: number): RoundDraft {
  const at = (days: number, time: string) => ({ day: parisDay(new Date(now + days * DAY)), time });
  return {
    fundId: '',
    title: '',
    envelope: '',
    communes: [],
    verifiedOnly: false,
    split: false,
    shares: {},
    method: 'approval',
    maxChoices: '3',
    schedule: {
      proposalsOpenAt: at(1, '09:00'),
      reviewStartsAt: at(15, '09:00'),
      votingStartsAt: at(22, '09:00'),
      votingEndsAt: at(36, '20:00'),
      closesAt: at(43, '20:00'),
    },
  };
}

const validWallTime = (w: WallTime) =>
  /^\d{4}-\d{2}-\d{2}$/.test(w.day) && /^\d{2}:\d{2}$/.test(w.time);

/** Each phase start as a UTC instant, or null where the date or time is missing. */
export function scheduleOf(draft: RoundDraft): Record<ScheduleField, string | null> {
  const out = {} as Record<ScheduleField, string | null>;
  for (const field of SCHEDULE_FIELDS) {
    const wall = draft.schedule[field];
    out[field] = validWallTime(wall) ? parisWallTimeToIso(wall.day, wall.time) : null;
  }
  return out;
}

/** Problems with the calendar: a missing date, or a step not after the one before it. */
export function scheduleProblems(draft: RoundDraft, errors: Errors, steps: Steps) {
  const problems: Record<string, string> = {};
  const schedule = scheduleOf(draft);
  SCHEDULE_FIELDS.forEach((field, i) => {
    const at = schedule[field];
    const before = SCHEDULE_FIELDS[i - 1];
    const previous = before ? schedule[before] : null;
    if (at === null) problems[field] = errors.date;
    else if (before && previous !== null && !(previous < at))
      problems[field] = errors.order(steps[field], steps[before]);
  });
  return problems;
}

function sharesOf(draft: RoundDraft, errors: Errors, problems: Record<string, string>) {
  if (!draft.split) return null;
  const shares: Record<string, number> = {};
  for (const commune of draft.communes) {
    const cents = parseEuros(draft.shares[commune] ?? '');
    if (cents === null) problems[`share:${commune}`] = errors.share;
    else shares[commune] = cents;
  }
  return shares;
}

/** The body to send, or what to fix, keyed by field. */
export function readRoundDraft(
  draft: RoundDraft,
  errors: Errors,
  steps: Steps,
): { body: RoundBody } | { problems: Record<string, string> } {
  const problems = scheduleProblems(draft, errors, steps);
  const envelopeCents = parsePositiveEuros(draft.envelope);
  const maxChoices = Number(draft.maxChoices);
  if (!draft.fundId) problems.fundId = errors.fund;
  if (!draft.title.trim()) problems.title = errors.name;
  if (envelopeCents === null) problems.envelopeCents = errors.envelope;
  if (draft.communes.length === 0) problems.communes = errors.communes;
  if (
    draft.method === 'approval' &&
    !(Number.isInteger(maxChoices) && maxChoices >= 1 && maxChoices <= 50)
  )
    problems.maxChoices = errors.maxChoices;
  const shares = sharesOf(draft, errors, problems);
  if (shares && envelopeCents && Object.values(shares).reduce((a, b) => a + b, 0) !== envelopeCents)
    problems.split = errors.splitTotal;
  if (Object.keys(problems).length > 0 || !envelopeCents) return { problems };
  const schedule = scheduleOf(draft) as Record<ScheduleField, string>;
  return {
    body: {
      fundId: draft.fundId,
      title: draft.title.trim(),
      envelopeCents,
      envelopesByCommune: shares,
      communes: draft.communes,
      verifiedOnly: draft.verifiedOnly,
      method: draft.method === 'approval' ? { type: 'approval', maxChoices } : { type: 'knapsack' },
      ...schedule,
    },
  };
}

/** The API's field paths, mapped to the form's keys (so its complaints show in place). */
export function serverProblemKey(path: string): string {
  if (path.startsWith('envelopesByCommune.')) return `share:${path.split('.')[1] ?? ''}`;
  if (path === 'envelopesByCommune') return 'split';
  if (path.startsWith('method')) return 'maxChoices';
  if (path.startsWith('communes')) return 'communes';
  return path;
}
