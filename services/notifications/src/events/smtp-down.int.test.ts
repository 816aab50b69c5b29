import request from 'supertest';
import { eventually } from '@fabrique/testkit';
import {
  EMAIL_ATTEMPTS,
  startNotificationsHarness,
  type NotificationsHarness,
} from '../test-harness.js';
import { aBooking, confirmed } from './test-events.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  // Slow enough retries to see the first failure before the last one.
  harness = await startNotificationsHarness({ EMAIL_BACKOFF_MS: '1000' });
});

afterAll(async () => {
  await harness.stop();
});

type Stored = { email: { status: string; attempts: number; lastError: string | null } } | null;

const statusIs = (recipientId: string, status: string) =>
  eventually(
    () => harness.deps.models.notifications.findOne({ recipientId }).lean<Stored>(),
    (n) => n?.email.status === status,
    15_000,
  ) as Promise<NonNullable<Stored>>;

async function confirmWhileDown() {
  const person = await harness.person();
  const session = await harness.session();
  await harness.smtp.stop();
  await harness.publish(confirmed(aBooking(session, person.id)));
  return person;
}

describe('when the SMTP server is down', () => {
  it('retries with backoff and sends once when it is back', async () => {
    const person = await confirmWhileDown();
    const retrying = await statusIs(person.id, 'retrying');
    expect(retrying.email.lastError).toMatch(/ECONNREFUSED/);
    await harness.smtp.restart();
    await harness.smtp.waitForMails(1, { to: person.email });
    await statusIs(person.id, 'sent');
    expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
  });

  it('dead-letters after the last attempt; a coordinator sees it and sends it again, once', async () => {
    const person = await confirmWhileDown();
    const dead = await statusIs(person.id, 'dead-lettered');
    expect(dead.email.attempts).toBe(EMAIL_ATTEMPTS);
    const coordinator = await harness.person({ roles: ['resident', 'coordinator'] });
    const auth = { Authorization: `Bearer ${coordinator.token}` };
    const list = await request(harness.app).get('/api/notifications/dead-letters').set(auth);
    expect(list.status).toBe(200);
    const letter = (
      list.body.items as { seq: number; recipientId: string; emailStatus: string }[]
    ).find((l) => l.recipientId === person.id);
    expect(letter).toMatchObject({ emailStatus: 'dead-lettered', attempts: EMAIL_ATTEMPTS });
    const resident = { Authorization: `Bearer ${person.token}` };
    expect(
      (await request(harness.app).get('/api/notifications/dead-letters').set(resident)).status,
    ).toBe(403);

    await harness.smtp.restart();
    const replay = await request(harness.app)
      .post(`/api/notifications/dead-letters/${letter!.seq}/replay`)
      .set(auth);
    expect(replay.status).toBe(200);
    await harness.smtp.waitForMails(1, { to: person.email });
    await statusIs(person.id, 'sent');
    const again = await request(harness.app)
      .post(`/api/notifications/dead-letters/${letter!.seq}/replay`)
      .set(auth);
    expect(again.body.code).toBe('DEAD_LETTER_NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
  });
});
