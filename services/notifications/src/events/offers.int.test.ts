import { bookingOfferedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';
import { aBooking, offered } from './test-events.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

async function offerTo(locale: 'fr' | 'en', offerExpiresAt: string) {
  const person = await harness.person({ locale });
  const session = await harness.session();
  const booking = aBooking(session, person.id, { status: 'offered', ticket: 1, version: 3 });
  const event = offered(booking, offerExpiresAt);
  await harness.publish(event);
  // The same event again, and the same fact under a new event id (a republished outbox).
  await harness.publish(event);
  await harness.publish(bookingOfferedV1.create(event, event.data));
  return person;
}

describe('a waiting-list offer', () => {
  it('reaches the resident once, in French, with the expiry in Europe/Paris', async () => {
    const person = await offerTo('fr', '2027-03-05T17:30:00.000Z');
    const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
    expect(mail!.subject).toContain('18:30');
    expect(mail!.text).toMatch(/vendredi 5 mars 2027/);
    expect(mail!.text).toContain('Salle des fêtes');
    expect(mail!.headers['list-unsubscribe']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
  });

  it('speaks English to an English speaker, in summer time', async () => {
    const person = await offerTo('en', '2027-06-05T16:00:00.000Z');
    const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
    expect(mail!.subject).toContain('18:00');
    expect(mail!.text).toMatch(/Saturday 5 June 2027/);
    const stored = await eventually(
      () =>
        harness.deps.models.notifications
          .find({ recipientId: person.id })
          .lean<{ email: { status: string } }[]>(),
      (found) => found.length === 1 && found[0]!.email.status === 'sent',
    );
    expect(stored).toHaveLength(1);
  });
});
