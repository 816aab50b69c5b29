import { accountDeletedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { origin, startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';
import { aBooking, confirmed, offered } from './test-events.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('an anonymised account', () => {
  it('receives nothing more and keeps no notification', async () => {
    const person = await harness.person();
    const session = await harness.session();
    await harness.publish(confirmed(aBooking(session, person.id)));
    await harness.smtp.waitForMails(1, { to: person.email });
    const deletion = { accountId: person.id, deletedAt: new Date().toISOString(), version: 2 };
    await harness.publish(accountDeletedV1.create(origin, deletion));
    const { models } = harness.deps;
    await eventually(
      () => models.recipients.findById(person.id).lean(),
      (r) => (r as { deleted?: boolean } | null)?.deleted === true,
    );
    await eventually(
      () => models.notifications.countDocuments({ recipientId: person.id }),
      (count) => count === 0,
    );
    const booking = aBooking(session, person.id, { version: 2, ticket: 1 });
    await harness.publish(offered(booking, '2027-03-05T17:30:00.000Z'));
    // The handler keeps the booking first, then decides whom to tell.
    await eventually(
      () => models.bookings.findById(booking.bookingId).lean(),
      (b) => (b as { version?: number } | null)?.version === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
    expect(await models.notifications.countDocuments({ recipientId: person.id })).toBe(0);
    const stored = await models.recipients.findById(person.id).lean();
    expect(stored).toMatchObject({ email: null, displayName: null });
  });
});
