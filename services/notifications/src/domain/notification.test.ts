import { emailRequestedV1 } from '@fabrique/contracts';
import type { NotificationContext } from './context.js';
import { newNotification, SOURCE } from './notification.js';
import { notificationId } from './notification-id.js';

const now = new Date('2026-12-07T09:00:00Z');
const context: NotificationContext = {
  kind: 'booking-confirmed',
  bookingId: 'b-1',
  seats: 2,
  session: {
    sessionId: 's-1',
    title: 'Repair café',
    startsAt: '2026-12-12T09:00:00Z',
    endsAt: '2026-12-12T12:00:00Z',
    durationMinutes: 180,
    commune: 'saint-jean-en-royans',
    venueName: 'Salle des fêtes',
    venueAddress: null,
  },
};
const request = { factKey: 'booking-confirmed:b-1:1', context };

describe('newNotification', () => {
  it('derives its id from the fact and the person, and asks for the email when wanted', () => {
    const { notification, events } = newNotification(
      request,
      'resident-1',
      { email: true, inApp: true },
      now,
    );
    const id = notificationId(request.factKey, 'resident-1');
    expect(notification).toMatchObject({
      _id: id,
      recipientId: 'resident-1',
      kind: 'booking-confirmed',
      inApp: true,
      email: { status: 'pending', attempts: 0, lastError: null },
      createdAt: now,
      readAt: null,
    });
    expect(notification).not.toHaveProperty('toAddress');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: emailRequestedV1.type,
      subject: id,
      source: SOURCE,
      data: { notificationId: id, recipientId: 'resident-1', kind: 'booking-confirmed' },
    });
  });

  it('asks for no email when the person turned email off, and keeps an explicit address', () => {
    const { notification, events } = newNotification(
      { ...request, address: 'new@example.org' },
      'resident-1',
      { email: false, inApp: true },
      now,
    );
    expect(events).toEqual([]);
    expect(notification.email.status).toBe('off');
    expect(notification.toAddress).toBe('new@example.org');
  });
});
