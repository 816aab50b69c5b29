import { notificationId } from './notification-id.js';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

const SECRET = 'a secret of at least thirty-two characters';

describe('unsubscribe links', () => {
  it('say who and which kind, and only with the right secret', () => {
    const token = unsubscribeToken(SECRET, 'acc-1', 'session-reminder');
    expect(readUnsubscribeToken(SECRET, token)).toEqual({
      recipientId: 'acc-1',
      kind: 'session-reminder',
    });
    expect(readUnsubscribeToken(`${SECRET}!`, token)).toBeNull();
  });

  it('cannot be forged for someone else or for an essential kind', () => {
    const [, mac] = unsubscribeToken(SECRET, 'acc-1', 'session-reminder').split('.');
    const otherBody = Buffer.from('acc-2\nsession-reminder').toString('base64url');
    expect(readUnsubscribeToken(SECRET, `${otherBody}.${mac}`)).toBeNull();
    const essential = unsubscribeToken(SECRET, 'acc-1', 'booking-offered');
    expect(readUnsubscribeToken(SECRET, essential)).toBeNull();
    expect(readUnsubscribeToken(SECRET, 'garbage')).toBeNull();
  });
});

describe('notification ids', () => {
  it('are the same for the same fact and person, different otherwise', () => {
    const id = notificationId('session-cancelled:s1', 'acc-1');
    expect(notificationId('session-cancelled:s1', 'acc-1')).toBe(id);
    expect(notificationId('session-cancelled:s1', 'acc-2')).not.toBe(id);
    expect(notificationId('session-cancelled:s2', 'acc-1')).not.toBe(id);
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
