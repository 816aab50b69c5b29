import {
  attendanceRecordedV1,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
  type Collected,
  type Envelope,
} from '@fabrique/contracts';
import type { AttendanceSummary, WalkIn } from './attendance.js';
import { SOURCE } from './booking-events.js';
import type { SessionRecord } from './session.js';

/** A session's closed attendance, as kept (the summary as it was when closed). */
export interface Closure {
  summary: AttendanceSummary;
  closedBy: string;
  closedAt: Date;
  /** What the session collected at the door, as the host counted it. */
  collected?: Collected | null;
}

export interface DeliveryVoid {
  reason: string;
  voidedBy: string;
  voidedAt: Date;
}

export interface GivenAtClosing {
  collected?: Collected | undefined;
  volunteers?: { accountId: string; minutes: number }[] | undefined;
}

/** The event that counts a person who came without booking. */
export function walkInRecorded(walkIn: WalkIn, recordedBy: string, now: Date): Envelope[] {
  const { id, sessionId, commune, seats } = walkIn;
  return [
    attendanceRecordedV1.create(
      { subject: sessionId, source: SOURCE },
      { sessionId, recordedBy, entry: { type: 'walk-in', walkInId: id, commune, seats } },
      now,
    ),
  ];
}

/**
 * Closing a session's attendance: what is kept (`closure`), what the caller is told and the
 * fund counts (`report`, the event's data). Money and volunteers appear only when given.
 */
export function closeRoster(
  summary: AttendanceSummary,
  given: GivenAtClosing,
  closedBy: string,
  now: Date,
) {
  const { collected, volunteers = [] } = given;
  const report = {
    ...summary,
    ...(collected && { collected }),
    ...(volunteers.length > 0 && { volunteers }),
    closedBy,
    closedAt: now.toISOString(),
  };
  const closure: Closure = { summary, closedBy, closedAt: now, collected: collected ?? null };
  const events = [
    sessionAttendanceClosedV1.create({ subject: summary.sessionId, source: SOURCE }, report, now),
  ];
  return { closure, report, events };
}

/** A closed session's delivery voided: the closure stays, this reverses it for the fund. */
export function voidSessionDelivery(
  session: Pick<SessionRecord, 'id' | 'startsAt'>,
  reason: string,
  voidedBy: string,
  now: Date,
): { voided: DeliveryVoid; events: Envelope[] } {
  const voided = { reason, voidedBy, voidedAt: now };
  const data = {
    sessionId: session.id,
    startsAt: session.startsAt.toISOString(),
    reason,
    voidedBy,
    voidedAt: now.toISOString(),
  };
  return {
    voided,
    events: [sessionDeliveryVoidedV1.create({ subject: session.id, source: SOURCE }, data, now)],
  };
}
