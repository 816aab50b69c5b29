import { isPublicRoute } from './auth.public-routes.js';

describe('isPublicRoute', () => {
  it.each([
    ['POST', '/api/accounts', true],
    ['POST', '/api/accounts/', true],
    ['GET', '/api/accounts', false],
    ['POST', '/api/accounts/a1/roles', false],
    ['DELETE', '/api/auth/logout', true],
    ['GET', '/api/authx', false],
    ['HEAD', '/api/workshops/w1', true],
    ['PATCH', '/api/workshops/w1', false],
    ['GET', '/api/workshopsx', false],
    ['GET', '/api/calendar', false],
    ['GET', '/api/calendar/workshops/w1.ics', true],
    ['GET', '/api/bookings/calendar', false],
    ['GET', '/api/bookings/b1', false],
    ['GET', '/api/funds/f1', true],
    ['GET', '/api/rounds/r1', true],
    ['GET', '/api/rounds/r1/ballot', false],
    ['GET', '/api/funds/f1/deliveries', true],
    ['GET', '/api/funds/f1/contributors', false],
    ['POST', '/api/funds/f1', false],
    ['GET', '/api/funds/f1/summary', true],
    ['GET', '/api/funds/f1/x/summary', false],
    ['GET', '/api/funds/f1/ledger.csv', false],
    ['GET', '/api/rounds/r1/results', true],
    ['PUT', '/api/rounds/r1/ballot', false],
    ['GET', '/api/me', false],
    ['GET', '/api/communes', true],
    ['POST', '/api/communes', false],
    ['GET', '/api/notifications/unsubscribe/t0k.en', true],
    ['POST', '/api/notifications/unsubscribe/t0k.en', true],
    ['DELETE', '/api/notifications/unsubscribe/t0k.en', false],
    ['GET', '/api/notifications/unsubscribe', false],
    ['GET', '/api/notifications', false],
    ['GET', '/api/notifications/dead-letters', false],
  ])('%s %s → %s', (method, path, expected) => {
    expect(isPublicRoute(method, path)).toBe(expected);
  });
});
