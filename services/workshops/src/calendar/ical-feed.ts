import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import { generateVtimezone, PARIS_TZID } from './paris-timezone.js';

/** Media type of an iCalendar feed (RFC 5545 §8.1); the body is always UTF-8. */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Formal public identifier written as PRODID (RFC 5545 §3.7.3). */
export const DEFAULT_PRODUCT_ID = '-//Fabrique//Ateliers//FR';

/** How often clients that honour REFRESH-INTERVAL (RFC 7986 §5.7) should re-read a feed. */
const REFRESH_SECONDS = 60 * 60;

export interface CalendarSession {
  /** Session id (stable): the event UID is `<id>@fabrique`. */
  id: string;
  workshopId: string;
  /** Workshop title. */
  title: string;
  description: string;
  /** repair | cooking | gardening | sewing | other… */
  kind: string;
  venueName: string;
  venueAddress: string;
  /** Commune display name. */
  commune: string;
  startsAt: Date;
  endsAt: Date;
  status: 'scheduled' | 'cancelled' | 'completed';
  cancellationReason?: string | null;
  /** Bumped on every reschedule (RFC 5545 SEQUENCE). */
  sequence: number;
  /** Written as DTSTAMP and LAST-MODIFIED. */
  updatedAt: Date;
  /** Link to the session page in the web app. */
  url?: string;
}

export interface CalendarOptions {
  /** Shown by clients as the calendar's name, e.g. "Fabrique — ateliers de Vassieux-en-Vercors". */
  name: string;
  description?: string;
  sessions: CalendarSession[];
  /** Full PRODID value; defaults to {@link DEFAULT_PRODUCT_ID}. */
  productId?: string;
}

const STATUS: Record<CalendarSession['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  // A completed session did take place as announced.
  completed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * An RFC 5545 calendar of the given sessions, as the exact bytes to send (CRLF line ends,
 * lines folded at 75 octets). Deterministic: the same input gives the same string, whatever
 * the order of `sessions`, the clock or the server's time zone — so it can carry an ETag.
 */
export function buildCalendar(options: CalendarOptions): string {
  const calendar = ical({
    // ical-generator writes the leading "-" of the identifier itself.
    prodId: (options.productId ?? DEFAULT_PRODUCT_ID).replace(/^-/, ''),
    // ical-generator writes NAME / X-WR-CALNAME / X-WR-CALDESC without escaping them.
    name: escapeText(options.name),
    description: options.description ? escapeText(options.description) : null,
    // No calendar-level zone name on purpose: with one, ical-generator writes DTSTAMP and
    // LAST-MODIFIED as floating local times, whereas RFC 5545 requires UTC for them. The zone
    // is set on each event instead, and the generator still emits one VTIMEZONE per zone used.
    timezone: { name: null, generator: generateVtimezone },
    ttl: REFRESH_SECONDS,
    x: [['X-WR-TIMEZONE', PARIS_TZID]],
    events: [...options.sessions].sort(byStartThenId).map(toEvent),
  });
  // RFC 5545 §3.1: every content line ends with CRLF, the last one included.
  return `${calendar.toString()}\r\n`;
}

function toEvent(session: CalendarSession): ICalEventData {
  const cancelled = session.status === 'cancelled';
  return {
    // Escaped because ical-generator writes UID verbatim; ids are ours, but a stray newline
    // must never be able to inject properties.
    id: `${escapeText(session.id)}@fabrique`,
    sequence: session.sequence,
    stamp: session.updatedAt,
    lastModified: session.updatedAt,
    ...eventTimes(session),
    summary: session.title,
    description: describe(session),
    location: [session.venueName, session.venueAddress, session.commune]
      .filter((part) => part.trim() !== '')
      .join(', '),
    categories: [{ name: session.kind }],
    status: STATUS[session.status],
    // A cancelled session that a client still shows must not block the person's agenda.
    transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    url: session.url ? uriValue(session.url) : null,
  };
}

/**
 * A Paris wall time inside the hour repeated by the October change names two instants.
 * RFC 5545 §3.3.5 says it means the first, but clients disagree (ical.js reads the second), so
 * a session touching that hour gets UTC times, the only unambiguous form. Every other session
 * keeps TZID=Europe/Paris, which clients display best.
 */
function eventTimes(session: CalendarSession): Pick<ICalEventData, 'timezone' | 'start' | 'end'> {
  if (isInRepeatedHour(session.startsAt) || isInRepeatedHour(session.endsAt)) {
    return { timezone: null, start: session.startsAt, end: session.endsAt };
  }
  return { timezone: PARIS_TZID, start: inParis(session.startsAt), end: inParis(session.endsAt) };
}

const WALL_TIME = "yyyyMMdd'T'HHmmss";

/** True when Paris clocks also showed (or will show) this time one hour apart. */
function isInRepeatedHour(instant: Date): boolean {
  const local = inParis(instant);
  const shown = local.toFormat(WALL_TIME);
  return [local.minus({ hours: 1 }), local.plus({ hours: 1 })].some(
    (other) => other.toFormat(WALL_TIME) === shown,
  );
}

/**
 * DTSTART/DTEND are written as local wall-clock times next to TZID=Europe/Paris. Handing
 * ical-generator a plain Date would format it in the *server's* zone, so give it a Luxon
 * DateTime already placed in Paris.
 */
function inParis(instant: Date): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: PARIS_TZID });
  if (!local.isValid) throw new RangeError(`Invalid session date: ${String(instant)}`);
  return local;
}

function describe(session: CalendarSession): string {
  const parts: string[] = [];
  if (session.status === 'cancelled') {
    const reason = session.cancellationReason?.trim();
    parts.push(reason ? `Annulé : ${reason}` : 'Annulé');
  }
  if (session.description.trim() !== '') parts.push(session.description);
  if (session.url) parts.push(session.url);
  return parts.join('\n\n');
}

/** Earliest first; equal starts by id, compared by code unit so no locale can reorder them. */
function byStartThenId(a: CalendarSession, b: CalendarSession): number {
  const byStart = a.startsAt.getTime() - b.startsAt.getTime();
  if (byStart !== 0) return byStart;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * URL is a URI value, which must not be TEXT-escaped, yet ical-generator backslash-escapes
 * "," and ";" in it. Percent-encoding them first keeps the link intact for clients.
 */
function uriValue(url: string): string {
  return url.replace(/[,;]/g, (char) => encodeURIComponent(char));
}
