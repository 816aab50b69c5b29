import { notificationContext, type ContextOf } from '../domain/context.js';
import { NOTIFICATION_KINDS } from '../domain/kinds.js';
import { escapeHtml } from './html.js';
import { renderMessage, type RenderOptions } from './render.js';
import { allSamples, BASE_URL, samples, session } from './test-contexts.js';

const options: RenderOptions = { baseUrl: BASE_URL, unsubscribeUrl: null };
const UNSUBSCRIBE = 'https://fabrique.example/api/notifications/unsubscribe/tok?x=1&y=2';

const offer = (offerExpiresAt: string): ContextOf<'booking-offered'> => ({
  ...samples['booking-offered'],
  offerExpiresAt,
});

describe('an offered seat', () => {
  it('tells the expiry in Paris time, winter and summer, in French', () => {
    const winter = renderMessage(offer('2027-03-05T17:30:00.000Z'), 'fr', options);
    expect(winter.subject).toContain('18:30');
    expect(winter.subject).toContain('vendredi 5 mars 2027');
    expect(winter.text).toContain('jusqu’au vendredi 5 mars 2027 à 18:30');
    expect(winter.inApp.body).toContain('18:30');

    const summer = renderMessage(offer('2027-07-02T16:30:00.000Z'), 'fr', options);
    expect(summer.subject).toContain('vendredi 2 juillet 2027 à 18:30');
  });

  it('tells the expiry in Paris time in English', () => {
    const winter = renderMessage(offer('2027-03-05T17:30:00.000Z'), 'en', options);
    expect(winter.subject).toContain('Friday 5 March 2027 at 18:30');
    expect(winter.html).toContain('until Friday 5 March 2027 at 18:30');
    const summer = renderMessage(offer('2027-07-02T16:30:00.000Z'), 'en', options);
    expect(summer.subject).toContain('18:30');
  });

  it('links to the booking, absolute in the email and relative in the app', () => {
    const message = renderMessage(offer('2027-03-05T17:30:00.000Z'), 'fr', options);
    expect(message.text).toContain(`${BASE_URL}/bookings/bk-1`);
    expect(message.html).toContain(`href="${BASE_URL}/bookings/bk-1"`);
    expect(message.inApp.link).toBe('/bookings/bk-1');
    const inApp = renderMessage(offer('2027-03-05T17:30:00.000Z'), 'fr', {
      ...options,
      baseUrl: '',
    });
    expect(inApp.inApp.link).toBe('/bookings/bk-1');
  });
});

describe('every kind', () => {
  it('has a valid sample, so the cases below cover the whole union', () => {
    expect(Object.keys(samples).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const context of allSamples) expect(notificationContext.parse(context)).toEqual(context);
  });

  it.each(['fr', 'en'] as const)('renders in %s with every part filled in', (locale) => {
    for (const context of allSamples) {
      const message = renderMessage(context, locale, options);
      expect(message.subject.trim()).not.toBe('');
      expect(message.text.trim()).not.toBe('');
      expect(message.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
      expect(message.html).toContain('<h1 ');
      expect(message.inApp.title).toBe(message.subject);
      expect(message.inApp.body.trim()).not.toBe('');
      if (message.inApp.link !== null) expect(message.inApp.link).toMatch(/^\/[a-z]/);
    }
  });

  it('writes the same words in the text part as in the HTML part', () => {
    const message = renderMessage(samples['session-rescheduled'], 'fr', options);
    expect(message.text).toContain('jeudi 4 mars 2027 à 14:00');
    expect(message.html).toContain('jeudi 4 mars 2027 à 14:00');
    expect(message.text).toContain(`${BASE_URL}/notifications/preferences`);
  });
});

describe('html', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<script>"a & b"</script>'`)).toBe(
      '&lt;script&gt;&quot;a &amp; b&quot;&lt;/script&gt;&#39;',
    );
  });

  it('escapes every value a person typed', () => {
    const context: ContextOf<'session-cancelled'> = {
      ...samples['session-cancelled'],
      session: { ...session, title: '<script>alert(1)</script>', venueName: '"a & b"' },
      reason: '<img src=x onerror=alert(1)>',
    };
    for (const locale of ['fr', 'en'] as const) {
      const { html, text } = renderMessage(context, locale, options);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;a &amp; b&quot;');
      // Plain text is not HTML: it keeps the words as typed.
      expect(text).toContain('<script>alert(1)</script>');
    }
  });

  it('shows an unsubscribe link only when one is given', () => {
    const without = renderMessage(samples['session-reminder'], 'fr', options);
    const withLink = renderMessage(samples['session-reminder'], 'fr', {
      ...options,
      unsubscribeUrl: UNSUBSCRIBE,
    });
    expect(without.html).not.toContain('unsubscribe');
    expect(without.text).not.toContain('unsubscribe');
    expect(without.html).toContain('Choisir les messages que je reçois');
    expect(withLink.html).toContain(`href="${escapeHtml(UNSUBSCRIBE)}"`);
    expect(withLink.html).toContain('Ne plus recevoir ce type de message');
    expect(withLink.text).toContain(UNSUBSCRIBE);
  });
});
