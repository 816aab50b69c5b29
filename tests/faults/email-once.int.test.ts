// SMTP accepts an email and, that very moment, the database server dies, so the record of
// the send fails. When the server is back, the email is recorded as sent — and not sent again.
import { accountSignedOutV1 } from '@fabrique/contracts';
import { eventually, ownDatabaseServer, type KillableServer } from '@fabrique/testkit';
import type { Mailer } from '../../services/notifications/src/mail/transport.js';
import {
  origin,
  startNotificationsHarness,
  type NotificationsHarness,
} from '../../services/notifications/src/test-harness.js';
import { recordFault } from './report.js';

let db: KillableServer;
let harness: NotificationsHarness;
let killedAt: number | undefined;
let restarted: Promise<void> | undefined;

/** The real SMTP transport; after its first accepted message the database server dies. */
const killAfterFirstSend = (smtp: Mailer): Mailer => ({
  send: async (mail) => {
    const accepted = await smtp.send(mail);
    if (killedAt === undefined) {
      killedAt = Date.now();
      await db.kill();
      restarted = new Promise((resolve) => setTimeout(resolve, 3_000)).then(() => db.restart());
    }
    return accepted;
  },
  close: () => smtp.close(),
});

beforeAll(async () => {
  db = await ownDatabaseServer();
  harness = await startNotificationsHarness(
    { MONGO_URL: `${db.url}email_once_${Date.now()}` },
    killAfterFirstSend,
  );
}, 60_000);

afterAll(async () => {
  await restarted;
  await harness?.stop();
  await db?.kill();
});

it('sends once when the record of the send fails, and records it once the database is back', async () => {
  const person = await harness.person();
  await harness.publish(
    accountSignedOutV1.create(origin, {
      accountId: person.id,
      at: new Date().toISOString(),
      reason: 'password-changed',
      version: 2,
    }),
  );
  await harness.smtp.waitForMails(1, { to: person.email });
  await eventually(
    () => Promise.resolve(restarted !== undefined),
    (killed) => killed,
  );
  await restarted;
  const stored = await eventually(
    () =>
      harness.deps.models.notifications
        .findOne({ recipientId: person.id })
        .lean<{ email: { status: string; attempts: number } }>()
        // The driver may still be reconnecting: ask again.
        .catch(() => null),
    (notification) => notification?.email.status === 'sent',
    30_000,
  );
  recordFault('database-killed-after-smtp-accepted', {
    msUntilRecordedAfterKill: Date.now() - (killedAt ?? Date.now()),
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
  expect(stored?.email.status).toBe('sent');
}, 90_000);
