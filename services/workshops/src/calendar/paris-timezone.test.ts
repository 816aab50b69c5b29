import ICAL from 'ical.js';
import { generateVtimezone, PARIS_TZID } from './paris-timezone.js';

describe('generateVtimezone', () => {
  it('defines Europe/Paris with yearly CET/CEST rules', () => {
    const vtimezone = new ICAL.Component(ICAL.parse(generateVtimezone(PARIS_TZID)));
    const zone = new ICAL.Timezone(vtimezone);
    const offsetAt = (iso: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;

    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(
      vtimezone.getFirstSubcomponent('daylight')?.getFirstPropertyValue('rrule')?.toString(),
    ).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    // 2026 changes: 29 March and 25 October.
    expect(offsetAt('2026-03-29T01:59:00')).toBe(1);
    expect(offsetAt('2026-03-29T03:00:00')).toBe(2);
    expect(offsetAt('2026-10-25T01:59:00')).toBe(2);
    expect(offsetAt('2026-10-25T03:00:00')).toBe(1);
    expect(offsetAt('2026-03-22T12:00:00')).toBe(1);
    expect(offsetAt('2026-10-18T12:00:00')).toBe(2);
  });

  it('refuses zones it cannot describe', () => {
    expect(() => generateVtimezone('America/New_York')).toThrow(/Europe\/Paris/);
  });
});
