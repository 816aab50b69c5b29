import request from 'supertest';
import { newId, roundPhaseChangedV1 } from '@fabrique/contracts';
import { aBooking, confirmed, offered } from '../events/test-events.js';
import {
  origin,
  startNotificationsHarness,
  type NotificationsHarness,
  type Person,
} from '../test-harness.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

const put = (person: Person, kinds: Record<string, unknown>) =>
  request(harness.app)
    .put('/api/notifications/preferences')
    .set({ Authorization: `Bearer ${person.token}` })
    .send({ kinds });

const pause = () => new Promise((resolve) => setTimeout(resolve, 800));

describe('preferences', () => {
  it('stops a non-essential email but never an essential one', async () => {
    const person = await harness.person();
    expect((await put(person, { 'booking-confirmed': { email: false } })).status).toBe(200);
    const refused = await put(person, { 'booking-offered': { email: false } });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ESSENTIAL_KIND');
    const session = await harness.session();
    await harness.publish(confirmed(aBooking(session, person.id)));
    const other = aBooking(session, person.id, { version: 2, ticket: 1 });
    await harness.publish(offered(other, '2027-03-05T17:30:00.000Z'));
    const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
    await pause();
    expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
    expect(mail!.subject).toContain('18:30');
    const inbox = await request(harness.app)
      .get('/api/notifications')
      .set({ Authorization: `Bearer ${person.token}` });
    expect(inbox.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'booking-confirmed',
      'booking-offered',
    ]);
  });

  it('refuses to turn an essential kind off in French by default and in English on request', async () => {
    const person = await harness.person();
    const french = await put(person, { 'session-cancelled': { inApp: false } });
    expect(french.status).toBe(422);
    expect(french.headers['content-language']).toBe('fr');
    expect(french.headers.vary).toMatch(/Accept-Language/i);
    expect(french.body).toMatchObject({
      code: 'ESSENTIAL_KIND',
      title:
        'Les offres de place, les annulations et les changements de vos séances ne peuvent pas être désactivés',
      detail: 'La notification « session-cancelled » est indispensable.',
    });

    const english = await put(person, { 'session-cancelled': { inApp: false } }).set(
      'Accept-Language',
      'en',
    );
    expect(english.status).toBe(422);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body).toMatchObject({
      code: 'ESSENTIAL_KIND',
      title: 'Offers, cancellations and changes to your sessions cannot be turned off',
      detail: '“session-cancelled” is essential.',
    });
  });

  it('unsubscribes in one click from a link in the email', async () => {
    const person = await harness.person();
    const session = await harness.session();
    await harness.publish(confirmed(aBooking(session, person.id)));
    const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
    const link = /<(http:\/\/fabrique\.test[^>]+)>/.exec(
      mail!.headers['list-unsubscribe'] ?? '',
    )?.[1];
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const path = new URL(link!).pathname;
    const page = await request(harness.app).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post">');
    const done = await request(harness.app)
      .post(path)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    const prefs = await request(harness.app)
      .get('/api/notifications/preferences')
      .set({ Authorization: `Bearer ${person.token}` });
    const choice = prefs.body.kinds.find((k: { kind: string }) => k.kind === 'booking-confirmed');
    expect(choice).toMatchObject({ email: false, inApp: true });
    expect((await request(harness.app).get(`${path.slice(0, -3)}xyz`)).status).toBe(404);
  });

  it('tells round phases only to the voters of its communes who asked', async () => {
    const keen = await harness.person({ commune: 'saint-jean-en-royans' });
    const quiet = await harness.person({ commune: 'saint-jean-en-royans' });
    const elsewhere = await harness.person({ commune: 'vassieux-en-vercors' });
    for (const person of [keen, elsewhere])
      expect((await put(person, { 'round-phase': { email: true } })).status).toBe(200);
    const data = {
      roundId: newId(),
      fundId: newId(),
      title: 'Budget participatif 2027',
      phase: 'voting' as const,
      communes: ['saint-jean-en-royans'],
      at: new Date().toISOString(),
    };
    await harness.publish(roundPhaseChangedV1.create(origin, data));
    await harness.smtp.waitForMails(1, { to: keen.email });
    await pause();
    expect(harness.smtp.mailsTo(quiet.email)).toHaveLength(0);
    expect(harness.smtp.mailsTo(elsewhere.email)).toHaveLength(0);
  });
});
