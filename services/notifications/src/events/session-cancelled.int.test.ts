import { sessionCancelledV1 } from '@fabrique/contracts';
import { startNotificationsHarness, origin, type NotificationsHarness } from '../test-harness.js';
import { aBooking, cancelledWithSession, confirmed } from './test-events.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

const REASON = 'La salle est inondée';

describe('a cancelled session', () => {
  it('reaches every booked resident once, with the reason, whatever the duplicates', async () => {
    const session = await harness.session();
    const people = await Promise.all([1, 2, 3].map(() => harness.person()));
    const bookings = people.map((p) => aBooking(session, p.id));
    for (const booking of bookings) await harness.publish(confirmed(booking));
    await harness.smtp.waitForMails(3, (m) => people.some((p) => m.to.includes(p.email)));
    harness.smtp.clear();

    const cancelled = { ...session, status: 'cancelled' as const, version: 2, reason: REASON };
    const event = sessionCancelledV1.create(origin, cancelled);
    await harness.publish(event);
    await harness.publish(event);
    await harness.publish(sessionCancelledV1.create(origin, cancelled));
    // Bookings cancels each booking because of it: the same fact, by another path.
    for (const booking of bookings) await harness.publish(cancelledWithSession(booking, REASON));

    const mails = await harness.smtp.waitForMails(3);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(harness.smtp.mails()).toHaveLength(3);
    for (const person of people) {
      const [mail] = harness.smtp.mailsTo(person.email);
      expect(mail!.text).toContain(REASON);
      const calendar = mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'));
      expect(calendar?.content).toContain('METHOD:CANCEL');
    }
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(3);
  });
});
