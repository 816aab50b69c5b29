/**
 * VTIMEZONE definition for Europe/Paris (RFC 5545 §3.6.5), the only zone Fabrique publishes
 * (DESIGN.md: dates show in Europe/Paris). Written out by hand rather than pulling in a
 * timezone-database package for one zone.
 *
 * Rules: the EU summer-time rules in force since 1996 (Directive 2000/84/EC): CEST (+02:00)
 * from the last Sunday of March at 02:00 local, CET (+01:00) from the last Sunday of October
 * at 03:00 local. The observances start in 1996 because the older French rules differed and no
 * session predates the network. If the EU ever abolishes seasonal changes, this file changes.
 */
export const PARIS_TZID = 'Europe/Paris';

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  abbreviation: string;
  offsetFrom: string;
  offsetTo: string;
  /** First onset, in the local time that was in force before it (RFC 5545 §3.6.5). */
  firstOnset: string;
  month: number;
}

const OBSERVANCES: readonly Observance[] = [
  {
    kind: 'DAYLIGHT',
    abbreviation: 'CEST',
    offsetFrom: '+0100',
    offsetTo: '+0200',
    firstOnset: '19960331T020000', // last Sunday of March 1996
    month: 3,
  },
  {
    kind: 'STANDARD',
    abbreviation: 'CET',
    offsetFrom: '+0200',
    offsetTo: '+0100',
    firstOnset: '19961027T030000', // last Sunday of October 1996
    month: 10,
  },
];

function observanceLines(observance: Observance): string[] {
  return [
    `BEGIN:${observance.kind}`,
    `TZOFFSETFROM:${observance.offsetFrom}`,
    `TZOFFSETTO:${observance.offsetTo}`,
    `TZNAME:${observance.abbreviation}`,
    `DTSTART:${observance.firstOnset}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${observance.month};BYDAY=-1SU`,
    `END:${observance.kind}`,
  ];
}

/**
 * The VTIMEZONE block for `tzid`, in the shape ical-generator's `timezone.generator` expects.
 * Any other zone throws: ical-generator would silently drop a `null` answer and leave a TZID
 * that clients cannot resolve, which shifts every event by the server's guess.
 */
export function generateVtimezone(tzid: string): string {
  if (tzid !== PARIS_TZID) {
    throw new Error(`No VTIMEZONE definition for "${tzid}"; only ${PARIS_TZID} is published`);
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${PARIS_TZID}`,
    `X-LIC-LOCATION:${PARIS_TZID}`,
    ...OBSERVANCES.flatMap(observanceLines),
    'END:VTIMEZONE',
  ].join('\r\n');
}
