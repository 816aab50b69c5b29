import request from 'supertest';
import { aBooking, confirmed, waitlisted } from '../events/test-events.js';
import { startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';
import { eventually } from '@fabrique/testkit';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

type Inbox = {
  unreadCount: number;
  items: { id: string; kind: string; title: string; link: string; readAt: string | null }[];
};

describe('in-app notifications', () => {
  it('lists mine unread first, in my language, and marks them read', async () => {
    const person = await harness.person({ locale: 'en' });
    const stranger = await harness.person();
    const session = await harness.session();
    await harness.publish(waitlisted(aBooking(session, person.id)));
    await harness.publish(confirmed(aBooking(session, person.id, { version: 2 })));
    const auth = { Authorization: `Bearer ${person.token}` };
    const inbox = async () =>
      (await request(harness.app).get('/api/notifications').set(auth)).body as Inbox;
    const first = await eventually(inbox, (body) => body.items?.length === 2);
    expect(first.unreadCount).toBe(2);
    expect(first.items[0]!.title).toMatch(/[a-z]/i);
    expect(first.items.every((n) => n.link.startsWith('/'))).toBe(true);

    const oldest = first.items[1]!;
    const theirs = await request(harness.app)
      .post(`/api/notifications/${oldest.id}/read`)
      .set({ Authorization: `Bearer ${stranger.token}` });
    expect(theirs.status).toBe(404);
    expect(
      (await request(harness.app).post(`/api/notifications/${oldest.id}/read`).set(auth)).status,
    ).toBe(204);
    const after = await inbox();
    expect(after.unreadCount).toBe(1);
    expect(after.items.map((n) => n.id)).toEqual([first.items[0]!.id, oldest.id]);
    expect(after.items[1]!.readAt).not.toBeNull();

    expect((await request(harness.app).post('/api/notifications/read-all').set(auth)).status).toBe(
      204,
    );
    expect((await inbox()).unreadCount).toBe(0);
    const french = await request(harness.app).get('/api/notifications?lang=fr&limit=1').set(auth);
    expect(french.body.items).toHaveLength(1);
    expect(french.body.nextCursor).not.toBeNull();
  });

  it('refuses strangers and bad input with problem details', async () => {
    expect((await request(harness.app).get('/api/notifications')).status).toBe(401);
    const person = await harness.person();
    const auth = { Authorization: `Bearer ${person.token}` };
    const bad = await request(harness.app).get('/api/notifications?limit=5000').set(auth);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const unknownKind = await request(harness.app)
      .put('/api/notifications/preferences')
      .set(auth)
      .send({ kinds: { spam: { email: true } } });
    expect(unknownKind.status).toBe(400);
  });
});
