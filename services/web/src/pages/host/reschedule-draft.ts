import { formatTime, parisDay, parisWallTimeToIso } from '../../format/index.js';
import type { RescheduleBody, Session } from './api.js';
import { gridMinutes } from './numbers.js';

export interface RescheduleDraft {
  date: string;
  time: string;
  duration: string;
  venueId: string;
}

export type RescheduleField = keyof RescheduleDraft;

export const rescheduleDraftOf = (s: Session): RescheduleDraft => ({
  date: parisDay(s.startsAt),
  time: formatTime(s.startsAt, 'fr'),
  duration: String(s.durationMinutes),
  venueId: s.venueId,
});

export function rescheduleProblems(draft: RescheduleDraft): Set<RescheduleField> {
  const problems = new Set<RescheduleField>();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.add('date');
  const time = /^(\d{2}):(\d{2})$/.exec(draft.time);
  if (!time || Number(time[2]) % 5 !== 0) problems.add('time');
  if (gridMinutes(draft.duration) === null) problems.add('duration');
  if (!draft.venueId) problems.add('venueId');
  return problems;
}

/** The PATCH body; call once `rescheduleProblems` is empty. */
export const rescheduleBodyOf = (draft: RescheduleDraft): RescheduleBody => ({
  startsAt: parisWallTimeToIso(draft.date, draft.time),
  durationMinutes: Number(draft.duration.trim()),
  venueId: draft.venueId,
});

/** Moving a session to where and when it already is would only send residents a useless email. */
export const unchanged = (body: RescheduleBody, s: Session) =>
  Date.parse(body.startsAt) === Date.parse(s.startsAt) &&
  body.durationMinutes === s.durationMinutes &&
  body.venueId === s.venueId;
