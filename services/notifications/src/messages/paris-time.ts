import type { ICalLuxonDateTimeStub } from 'ical-generator';
import { PARIS_TZID } from './format.js';

/*
 * Calendar times are written as Paris wall-clock times next to TZID=Europe/Paris. Given a
 * plain Date and a zone, ical-generator formats it in the *server's* zone, and this service
 * has no date library; a minimal object with the Luxon DateTime shape that ical-generator
 * accepts, computing wall time with Intl, gives it the right fields in any server zone.
 */

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  return format;
}

function wallTime(instant: Date, zone: string): WallTime {
  const parts = wallFormat(zone).formatToParts(instant);
  const field = (type: keyof WallTime) =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

const TOKENS: Record<string, (wall: WallTime) => number | string> = {
  yyyy: (w) => String(w.year).padStart(4, '0'),
  LL: (w) => w.month,
  dd: (w) => w.day,
  HH: (w) => w.hour,
  mm: (w) => w.minute,
  ss: (w) => w.second,
};

/** The Luxon formatting tokens ical-generator uses (`yyyyLLdd`, `HHmmss`), nothing more. */
function toFormat(wall: WallTime, pattern: string): string {
  return pattern.replace(/yyyy|LL|dd|HH|mm|ss/g, (token) =>
    String(TOKENS[token]?.(wall) ?? token).padStart(2, '0'),
  );
}

/** `instant` seen from `zone`, in the shape ical-generator accepts as a date-time. */
export function zonedDateTime(instant: Date, zone: string = PARIS_TZID): ICalLuxonDateTimeStub {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const wall = wallTime(instant, zone);
  return {
    isValid: true,
    zone: { type: 'iana' },
    setZone: (other?: string) => zonedDateTime(instant, other ?? zone),
    toFormat: (pattern: string) => toFormat(wall, pattern),
    toJSDate: () => new Date(instant),
    toJSON: () => instant.toISOString(),
  };
}

const sameWall = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour;

/**
 * True when Paris clocks show this hour twice (the October change). A local time there names
 * two instants and clients disagree on which, so such an event is written in UTC instead.
 */
export function isInRepeatedParisHour(instant: Date): boolean {
  const shown = wallTime(instant, PARIS_TZID);
  const hour = 60 * 60 * 1000;
  return [-hour, hour].some((offset) =>
    sameWall(wallTime(new Date(instant.getTime() + offset), PARIS_TZID), shown),
  );
}

/**
 * VTIMEZONE for Europe/Paris (RFC 5545 §3.6.5): EU summer time since 1996, CEST from the last
 * Sunday of March 02:00, CET from the last Sunday of October 03:00. The workshops service
 * publishes the same definition in its public feeds.
 */
export function parisVtimezone(tzid: string): string {
  if (tzid !== PARIS_TZID) throw new Error(`No VTIMEZONE for "${tzid}"; only ${PARIS_TZID}`);
  const observance = (kind: string, from: string, to: string, name: string, onset: string) => [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${from}`,
    `TZOFFSETTO:${to}`,
    `TZNAME:${name}`,
    `DTSTART:${onset}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${onset.slice(4, 6).replace(/^0/, '')};BYDAY=-1SU`,
    `END:${kind}`,
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${PARIS_TZID}`,
    `X-LIC-LOCATION:${PARIS_TZID}`,
    ...observance('DAYLIGHT', '+0100', '+0200', 'CEST', '19960331T020000'),
    ...observance('STANDARD', '+0200', '+0100', 'CET', '19961027T030000'),
    'END:VTIMEZONE',
  ].join('\r\n');
}
