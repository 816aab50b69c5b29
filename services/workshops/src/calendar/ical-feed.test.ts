import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { buildCalendar, CALENDAR_CONTENT_TYPE, type CalendarSession } from './ical-feed.js';

const NAME = 'Fabrique — ateliers de Vassieux-en-Vercors';

function session(overrides: Partial<CalendarSession> = {}): CalendarSession {
  return {
    id: 'ses-1',
    workshopId: 'ws-1',
    title: 'Repair café',
    description: 'Apportez vos objets cassés.',
    kind: 'repair',
    venueName: 'Salle des fêtes',
    venueAddress: '12 place de la Mairie',
    commune: 'Vassieux-en-Vercors',
    startsAt: new Date('2026-03-15T13:00:00Z'),
    endsAt: new Date('2026-03-15T15:00:00Z'),
    status: 'scheduled',
    sequence: 0,
    updatedAt: new Date('2026-03-01T10:15:00Z'),
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

function only(ics: string): ICAL.Event {
  const { events } = parse(ics);
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** The UTC instant a parsed date-time denotes, resolved through its own zone. */
const instant = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

/** Content lines after unfolding (RFC 5545 §3.1), for checks on the raw text. */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('buildCalendar', () => {
  beforeAll(() => {
    // The zone must come from the feed's own VTIMEZONE, not from anything registered globally.
    ICAL.TimezoneService.reset();
  });

  it('writes one VEVENT per session with a stable UID, in start order', () => {
    const sessions = [
      session({ id: 'late', startsAt: new Date('2026-05-02T08:00:00Z') }),
      session({ id: 'early', startsAt: new Date('2026-04-01T08:00:00Z') }),
      session({ id: 'cancelled', status: 'cancelled', cancellationReason: 'Salle indisponible' }),
    ];
    const first = buildCalendar({ name: NAME, sessions });
    const second = buildCalendar({ name: NAME, sessions: [...sessions].reverse() });

    expect(parse(first).events.map((e) => e.uid)).toEqual([
      'cancelled@fabrique',
      'early@fabrique',
      'late@fabrique',
    ]);
    expect(second).toBe(first);
  });

  it('writes local Paris times that resolve to the right instant in winter and summer', () => {
    const winter = session({
      id: 'winter',
      startsAt: new Date('2026-03-15T13:00:00Z'),
      endsAt: new Date('2026-03-15T15:30:00Z'),
    });
    const summer = session({
      id: 'summer',
      startsAt: new Date('2026-04-05T12:00:00Z'),
      endsAt: new Date('2026-04-05T14:30:00Z'),
    });
    const ics = buildCalendar({ name: NAME, sessions: [summer, winter] });
    const lines = unfolded(ics);

    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20260315T140000');
    expect(lines).toContain('DTEND;TZID=Europe/Paris:20260315T163000');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20260405T140000');
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(ICAL.TimezoneService.has('Europe/Paris')).toBe(false);

    const [w, s] = parse(ics).events;
    expect(w!.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(instant(w!.startDate)).toBe('2026-03-15T13:00:00.000Z');
    expect(instant(w!.endDate)).toBe('2026-03-15T15:30:00.000Z');
    expect(s!.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(instant(s!.startDate)).toBe('2026-04-05T12:00:00.000Z');
    expect(instant(s!.endDate)).toBe('2026-04-05T14:30:00.000Z');
  });

  it('has a VTIMEZONE that agrees with the IANA rules around every change until 2040', () => {
    const sessions: CalendarSession[] = [];
    for (let year = 2026; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const endOfMonth = DateTime.fromObject({ year, month, day: 31 }, { zone: 'Europe/Paris' });
        const lastSunday = endOfMonth.minus({ days: endOfMonth.weekday % 7 });
        const wallTimes = [
          lastSunday.minus({ days: 1 }).set({ hour: 14 }),
          lastSunday.set({ hour: 1, minute: 30 }),
          lastSunday.set({ hour: 14 }),
          lastSunday.plus({ days: 1 }).set({ hour: 9 }),
        ];
        for (const local of wallTimes) {
          const startsAt = local.toJSDate();
          const id = `${local.toISO()}`;
          sessions.push(
            session({ id, startsAt, endsAt: new Date(startsAt.getTime() + 20 * 60_000) }),
          );
        }
      }
    }
    const { events } = parse(buildCalendar({ name: NAME, sessions }));

    expect(events).toHaveLength(sessions.length);
    for (const event of events) {
      const expected = sessions.find((s) => `${s.id}@fabrique` === event.uid)!;
      expect({
        uid: event.uid,
        zone: event.startDate.zone?.tzid,
        at: instant(event.startDate),
      }).toEqual({ uid: event.uid, zone: 'Europe/Paris', at: expected.startsAt.toISOString() });
    }
  });

  it('writes UTC times for sessions in the repeated October hour, whose local time is ambiguous', () => {
    const sessions = [
      session({
        id: 'cest',
        startsAt: new Date('2026-10-25T00:30:00Z'), // 02:30 CEST
        endsAt: new Date('2026-10-25T03:00:00Z'),
      }),
      session({
        id: 'cet',
        startsAt: new Date('2026-10-25T01:30:00Z'), // 02:30 CET, the same wall time
        endsAt: new Date('2026-10-25T03:00:00Z'),
      }),
      session({
        id: 'ends-in-it',
        startsAt: new Date('2026-10-24T23:00:00Z'), // 01:00 CEST
        endsAt: new Date('2026-10-25T00:15:00Z'), // 02:15 CEST
      }),
      session({
        id: 'just-after',
        startsAt: new Date('2026-10-25T02:00:00Z'), // 03:00 CET, not ambiguous
        endsAt: new Date('2026-10-25T03:00:00Z'),
      }),
    ];
    const ics = buildCalendar({ name: NAME, sessions });
    const lines = unfolded(ics);

    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART:20261025T003000Z',
        'DTSTART:20261025T013000Z',
        'DTSTART:20261024T230000Z',
        'DTEND:20261025T001500Z',
        'DTSTART;TZID=Europe/Paris:20261025T030000',
      ]),
    );
    for (const event of parse(ics).events) {
      const expected = sessions.find((s) => `${s.id}@fabrique` === event.uid)!;
      expect([event.uid, instant(event.startDate), instant(event.endDate)]).toEqual([
        event.uid,
        expected.startsAt.toISOString(),
        expected.endsAt.toISOString(),
      ]);
    }
  });

  it('copies SEQUENCE and stamps the event with its last update in UTC', () => {
    const ics = buildCalendar({ name: NAME, sessions: [session({ sequence: 3 })] });

    expect(only(ics).sequence).toBe(3);
    expect(unfolded(ics)).toEqual(
      expect.arrayContaining(['SEQUENCE:3', 'DTSTAMP:20260301T101500Z']),
    );
    expect(unfolded(ics)).toContain('LAST-MODIFIED:20260301T101500Z');
  });

  it('keeps cancelled sessions, marked CANCELLED with the reason', () => {
    const ics = buildCalendar({
      name: NAME,
      sessions: [
        session({ id: 'off', status: 'cancelled', cancellationReason: 'Intervenant malade' }),
        session({ id: 'on', startsAt: new Date('2026-03-16T13:00:00Z') }),
        session({ id: 'done', startsAt: new Date('2026-03-17T13:00:00Z'), status: 'completed' }),
      ],
    });
    const [off, on, done] = parse(ics).events;

    expect(off!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(off!.description).toBe('Annulé : Intervenant malade\n\nApportez vos objets cassés.');
    expect(off!.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(on!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(on!.description).toBe('Apportez vos objets cassés.');
    expect(done!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('says "Annulé" even without a reason', () => {
    const ics = buildCalendar({
      name: NAME,
      sessions: [session({ status: 'cancelled', cancellationReason: null, description: '' })],
    });
    expect(only(ics).description).toBe('Annulé');
  });

  it('escapes text so that punctuation, line breaks and accents survive', () => {
    const title = 'Réparation; vélos, grilles\nétape 2';
    const description = 'Outils : clé\\tournevis; pièces, chambres à air\r\nfin';
    const ics = buildCalendar({
      name: NAME,
      sessions: [session({ title, description, venueName: 'Atelier; "Le Vélo", annexe' })],
    });
    const event = only(ics);

    expect(unfolded(ics)).toContain('SUMMARY:Réparation\\; vélos\\, grilles\\nétape 2');
    expect(event.summary).toBe(title);
    expect(event.description).toBe(description.replace('\r\n', '\n'));
    expect(event.location).toBe(
      'Atelier; "Le Vélo", annexe, 12 place de la Mairie, Vassieux-en-Vercors',
    );
  });

  it('folds long lines at 75 octets without breaking characters', () => {
    const description = 'Atelier réparation vélo — chaîne, dérailleur, freins. '.repeat(20);
    const ics = buildCalendar({ name: NAME, sessions: [session({ description })] });
    const lines = ics.split('\r\n');

    expect(ics).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(only(ics).description).toBe(description);
  });

  it('names the calendar and identifies the product', () => {
    const ics = buildCalendar({
      name: NAME,
      description: 'Cuisine, réparation; jardinage',
      sessions: [],
    });
    const { calendar } = parse(ics);

    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(NAME);
    expect(unfolded(ics)).toContain(`NAME:${NAME}`);
    expect(unfolded(ics)).toContain('X-WR-CALDESC:Cuisine\\, réparation\\; jardinage');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Fabrique//Ateliers//FR');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('escapes the calendar name', () => {
    const name = 'Fabrique — Saint-Jean, Saint-Laurent; Royans';
    const ics = buildCalendar({ name, sessions: [] });

    // ical.js treats NAME and X-WR-CALNAME as unknown properties and keeps them raw.
    expect(unfolded(ics)).toContain(
      'X-WR-CALNAME:Fabrique — Saint-Jean\\, Saint-Laurent\\; Royans',
    );
    expect(unfolded(ics)).toContain('NAME:Fabrique — Saint-Jean\\, Saint-Laurent\\; Royans');
  });

  it('accepts another PRODID', () => {
    const ics = buildCalendar({ name: NAME, sessions: [], productId: '-//Fabrique//Test//EN' });
    expect(parse(ics).calendar.getFirstPropertyValue('prodid')).toBe('-//Fabrique//Test//EN');
  });

  it('writes location, category and link', () => {
    const url = 'https://fabrique.example/sessions/ses-1?from=cal,ics';
    const ics = buildCalendar({ name: NAME, sessions: [session({ url, kind: 'cooking' })] });
    const event = only(ics);

    expect(event.location).toBe('Salle des fêtes, 12 place de la Mairie, Vassieux-en-Vercors');
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['cooking']);
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://fabrique.example/sessions/ses-1?from=cal%2Cics',
    );
    expect(event.description).toBe(`Apportez vos objets cassés.\n\n${url}`);
    expect(event.summary).toBe('Repair café');
  });

  it('exposes the content type to serve', () => {
    expect(CALENDAR_CONTENT_TYPE).toBe('text/calendar; charset=utf-8');
  });
});
