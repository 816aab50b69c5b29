import { timeoutFor } from './proxy.handler.js';

const options = { timeoutMs: 10_000, slowTimeoutMs: 60_000 };

describe('per-route upstream timeout', () => {
  it.each([
    '/api/funds/f1/ledger.csv',
    '/api/calendar/catalogue.ics',
    '/api/me/export',
    '/api/funds/f1/certificates/2026',
    '/api/funds/f1/statements/me/certificate.html',
    '/api/bookings/calendar/abc.ics',
  ])('gives %s the long timeout', (path) => {
    expect(timeoutFor(path, options)).toBe(60_000);
  });

  it.each([
    '/api/me',
    '/api/sessions',
    '/api/exports-list',
    '/api/funds/f1/ledger',
    '/api/workshops/ics',
  ])('gives %s the ordinary timeout', (path) => {
    expect(timeoutFor(path, options)).toBe(10_000);
  });
});
