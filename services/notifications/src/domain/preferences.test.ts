import { applyChoices, channelsFor, preferencesView } from './preferences.js';

describe('notification preferences', () => {
  it('has every kind on by default except the opt-in round phases', () => {
    const view = preferencesView({});
    expect(view.find((k) => k.kind === 'booking-confirmed')).toMatchObject({
      email: true,
      inApp: true,
    });
    expect(view.find((k) => k.kind === 'round-phase')).toMatchObject({
      email: false,
      inApp: false,
    });
    expect(view.filter((k) => k.essential).map((k) => k.kind)).toEqual([
      'booking-offered',
      'booking-cancelled',
      'booking-promoted',
      'session-rescheduled',
      'session-cancelled',
      'account-security',
    ]);
  });

  it('merges a change channel by channel', () => {
    const stored = applyChoices({}, { 'session-reminder': { email: false } });
    const merged = applyChoices(stored, { 'session-reminder': { inApp: false } });
    expect(channelsFor(merged, 'session-reminder')).toEqual({ email: false, inApp: false });
    expect(channelsFor(merged, 'booking-confirmed')).toEqual({ email: true, inApp: true });
  });

  it('refuses to turn an essential kind off, and keeps it on whatever is stored', () => {
    expect(() => applyChoices({}, { 'booking-offered': { email: false } })).toThrow(
      expect.objectContaining({ code: 'ESSENTIAL_KIND', status: 422 }),
    );
    expect(applyChoices({}, { 'booking-offered': { email: true } })).toEqual({
      'booking-offered': { email: true },
    });
    expect(channelsFor({ 'session-cancelled': { email: false } }, 'session-cancelled')).toEqual({
      email: true,
      inApp: true,
    });
  });
});
