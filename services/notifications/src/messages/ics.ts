import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { NotificationContext, SessionFacts } from '../domain/context.js';
import { CATALOGUES } from './catalogues.js';
import type { CalendarStrings } from './catalogue.js';
import { placeOf } from './facts.js';
import { PARIS_TZID, type Locale } from './format.js';
import { isInRepeatedParisHour, parisVtimezone, zonedDateTime } from './paris-time.js';

export type CalendarMethod = 'REQUEST' | 'PUBLISH' | 'CANCEL';

export interface CalendarAttachment {
  filename: string;
  /** RFC 5545 text, CRLF line ends. */
  content: string;
  /** iTIP method (RFC 5546), also to be given in the MIME type `text/calendar; method=…`. */
  method: CalendarMethod;
}

/** What the attachment says about one booking's event. */
interface EventPlan {
  method: CalendarMethod;
  session: SessionFacts;
  bookingId: string;
  seats: number | null;
  reason: string | null;
}

/**
 * Which notifications carry the event, and how: REQUEST adds or updates it, PUBLISH (the
 * reminder) only re-states it without asking anything, CANCEL removes it.
 */
function planOf(context: NotificationContext): EventPlan | null {
  const booking = 'bookingId' in context ? context.bookingId : null;
  if (booking === null || !('session' in context)) return null;
  const base = { session: context.session, bookingId: booking, seats: null, reason: null };
  switch (context.kind) {
    case 'booking-confirmed':
    case 'booking-promoted':
      return { ...base, method: 'REQUEST', seats: context.seats };
    case 'session-rescheduled':
      return { ...base, method: 'REQUEST' };
    case 'session-reminder':
      return { ...base, method: 'PUBLISH', seats: context.seats };
    case 'booking-cancelled':
    case 'session-cancelled':
      return { ...base, method: 'CANCEL', reason: context.reason?.trim() || null };
    default:
      return null;
  }
}

/**
 * Paris wall times next to TZID=Europe/Paris, which clients display best; a session touching
 * the hour repeated in October gets UTC times, the only unambiguous form there.
 */
function eventTimes(session: SessionFacts): Pick<ICalEventData, 'timezone' | 'start' | 'end'> {
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  if (isInRepeatedParisHour(start) || isInRepeatedParisHour(end)) {
    return { timezone: null, start, end };
  }
  return { timezone: PARIS_TZID, start: zonedDateTime(start), end: zonedDateTime(end) };
}

function toEvent(plan: EventPlan, words: CalendarStrings, sequence: number): ICalEventData {
  const cancelled = plan.method === 'CANCEL';
  const description = [
    plan.seats === null ? null : words.seats(plan.seats),
    plan.reason === null ? null : words.reason(plan.reason),
  ].filter((line) => line !== null);
  return {
    // The UID of the bookings service's personal feed, so clients update the same event.
    // ical-generator writes it verbatim: a line break must never inject properties.
    id: `${plan.bookingId.replace(/[\r\n]/g, '')}@fabrique`,
    sequence,
    stamp: new Date(sequence * 1000),
    ...eventTimes(plan.session),
    summary: cancelled ? words.cancelled(plan.session.title) : plan.session.title,
    description: description.length > 0 ? description.join('\n\n') : null,
    location: placeOf(plan.session),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/**
 * The calendar file to attach to a notification's email, or null when the notification does
 * not change anyone's agenda. `sequence` is the caller's clock in whole seconds: it becomes
 * SEQUENCE (so a later update or cancellation supersedes an earlier one, even when a session
 * moves back in time) and DTSTAMP.
 */
export function calendarAttachment(
  context: NotificationContext,
  locale: Locale,
  sequence: number,
): CalendarAttachment | null {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`sequence must be a non-negative integer: ${sequence}`);
  }
  const plan = planOf(context);
  if (!plan) return null;
  const words = CATALOGUES[locale].calendar;
  const calendar = ical({
    prodId: { company: 'Fabrique', product: 'Notifications', language: locale.toUpperCase() },
    method: ICalCalendarMethod[plan.method],
    // No calendar-level zone: DTSTAMP must stay UTC. The generator still writes the
    // VTIMEZONE of the zone each event uses.
    timezone: { name: null, generator: parisVtimezone },
    events: [toEvent(plan, words, sequence)],
  });
  return {
    filename: `${words.filename}.ics`,
    // RFC 5545 §3.1: every content line ends with CRLF, the last one included.
    content: `${calendar.toString()}\r\n`,
    method: plan.method,
  };
}
