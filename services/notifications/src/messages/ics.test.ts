import ICAL from 'ical.js';
import type { ContextOf, NotificationContext } from '../domain/context.js';
import { calendarAttachment } from './ics.js';
import { samples, session } from './test-contexts.js';

const NOW = 1_800_000_000; // caller's clock in seconds: 2027-01-15T08:00:00Z

function only(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** The UTC instant a parsed date-time denotes, resolved through its own zone. */
const instant = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();
/** Content lines after unfolding (RFC 5545 §3.1). */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

function attachment(context: NotificationContext, locale: 'fr' | 'en' = 'fr') {
  const result = calendarAttachment(context, locale, NOW);
  if (result === null) throw new Error(`no attachment for ${context.kind}`);
  return result;
}

const confirmedAt = (startsAt: string, endsAt: string): ContextOf<'booking-confirmed'> => ({
  ...samples['booking-confirmed'],
  session: { ...session, startsAt, endsAt },
});

beforeAll(() => {
  // The zone must come from the attachment's own VTIMEZONE, not from one registered globally.
  ICAL.TimezoneService.reset();
});

describe('a confirmed booking', () => {
  it('is a REQUEST for the booking’s event, in Paris time', () => {
    const { filename, content, method } = attachment(samples['booking-confirmed']);
    const event = only(content);

    expect([filename, method]).toEqual(['atelier.ics', 'REQUEST']);
    expect(event.uid).toBe('bk-1@fabrique');
    expect(event.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(instant(event.startDate)).toBe(session.startsAt);
    expect(instant(event.endDate)).toBe(session.endsAt);
    expect(event.sequence).toBe(NOW);
    expect(event.summary).toBe('Repair café');
    expect(event.location).toBe(
      'Salle des fêtes, 12 place de la Mairie, 26420 La Chapelle-en-Vercors',
    );
    expect(unfolded(content)).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'DTSTART;TZID=Europe/Paris:20270306T100000',
        'DTSTAMP:20270115T080000Z',
        'STATUS:CONFIRMED',
        'BEGIN:VTIMEZONE',
      ]),
    );
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes summer times at UTC+2', () => {
    const { content } = attachment(
      confirmedAt('2027-07-03T08:00:00.000Z', '2027-07-03T10:00:00.000Z'),
      'en',
    );
    expect(unfolded(content)).toContain('DTSTART;TZID=Europe/Paris:20270703T100000');
    expect(instant(only(content).startDate)).toBe('2027-07-03T08:00:00.000Z');
  });
});

describe('the hour Paris clocks repeat in October', () => {
  it('is written in UTC, the only unambiguous form', () => {
    const { content } = attachment(
      confirmedAt('2027-10-31T00:30:00.000Z', '2027-10-31T02:00:00.000Z'),
    );
    expect(unfolded(content)).toContain('DTSTART:20271031T003000Z');
    expect(instant(only(content).startDate)).toBe('2027-10-31T00:30:00.000Z');
    const after = attachment(confirmedAt('2027-10-31T02:00:00.000Z', '2027-10-31T03:00:00.000Z'));
    expect(unfolded(after.content)).toContain('DTSTART;TZID=Europe/Paris:20271031T030000');
  });
});

describe('other kinds', () => {
  it('updates the same event when the session moves, and only re-states it in a reminder', () => {
    const moved = attachment(samples['session-rescheduled']);
    expect(moved.method).toBe('REQUEST');
    expect(only(moved.content).uid).toBe('bk-1@fabrique');
    expect(attachment(samples['booking-promoted']).method).toBe('REQUEST');
    expect(unfolded(attachment(samples['session-reminder']).content)).toContain('METHOD:PUBLISH');
  });

  it('cancels the event when the booking or the session is cancelled', () => {
    for (const context of [samples['booking-cancelled'], samples['session-cancelled']]) {
      const { content, method } = attachment(context, 'en');
      const event = only(content);
      expect(method).toBe('CANCEL');
      expect(unfolded(content)).toEqual(
        expect.arrayContaining(['METHOD:CANCEL', 'STATUS:CANCELLED']),
      );
      expect(event.uid).toBe('bk-1@fabrique');
      expect(event.summary).toBe('Cancelled: Repair café');
      expect(event.description).toMatch(/^Reason: /);
    }
  });

  it('has no attachment when nobody’s agenda changes', () => {
    const none: NotificationContext[] = [
      samples['booking-waitlisted'],
      samples['booking-offered'],
      samples['booking-offer-expired'],
      { ...samples['session-cancelled'], bookingId: null },
      samples['attendance-thanks'],
      samples['share-behind'],
      samples['round-phase'],
    ];
    for (const context of none) expect(calendarAttachment(context, 'fr', NOW)).toBeNull();
  });

  it('is the same bytes for the same input', () => {
    const context = samples['booking-confirmed'];
    expect(calendarAttachment(context, 'fr', NOW)).toEqual(calendarAttachment(context, 'fr', NOW));
    expect(() => calendarAttachment(context, 'fr', 1.5)).toThrow(RangeError);
  });
});
