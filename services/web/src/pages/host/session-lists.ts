import type { Session } from './api.js';

const byStart = (a: Session, b: Session) => a.startsAt.localeCompare(b.startsAt);

/** Sessions not over yet (a session under way still counts), soonest first. */
export function upcomingOf(sessions: Session[], now = Date.now()): Session[] {
  return sessions.filter((s) => Date.parse(s.endsAt) > now).sort(byStart);
}

/** Sessions over, latest first. */
export function pastOf(sessions: Session[], now = Date.now()): Session[] {
  return sessions
    .filter((s) => Date.parse(s.endsAt) <= now)
    .sort(byStart)
    .reverse();
}
