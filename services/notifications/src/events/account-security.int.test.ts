// A changed password or address is told to its owner by email, once, even if they turned
// emails off; signing out everywhere (their own doing) sends nothing. Account links go by email
// only, a new address's to that address.
import {
  accountEmailChangedV1,
  accountSignedOutV1,
  emailChangeRequestedV1,
  emailVerificationRequestedV1,
  passwordResetRequestedV1,
} from '@fabrique/contracts';
import { origin, startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});
afterAll(() => harness.stop());

const signedOut = (accountId: string, reason: 'everywhere' | 'password-changed', version: number) =>
  accountSignedOutV1.create(origin, {
    accountId,
    at: new Date().toISOString(),
    reason,
    version,
  });

it('tells the person their password changed, once, in their language', async () => {
  const [nadia, john] = [await harness.person(), await harness.person({ locale: 'en' })];
  await harness.publish(signedOut(nadia.id, 'everywhere', 2));
  const changed = signedOut(nadia.id, 'password-changed', 3);
  await harness.publish(changed);
  await harness.publish(changed);
  await harness.publish(signedOut(john.id, 'password-changed', 2));
  const [mail] = await harness.smtp.waitForMails(1, { to: nadia.email });
  expect(mail?.subject).toBe('Votre mot de passe a été changé');
  expect(mail?.text).toContain('/forgot-password');
  const [english] = await harness.smtp.waitForMails(1, { to: john.email });
  expect(english?.subject).toBe('Your password was changed');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(harness.smtp.mailsTo(nadia.email)).toHaveLength(1);
});

it('emails the link of a forgotten password to the address only, never in the app', async () => {
  const person = await harness.person();
  const token = 'c2VjcmV0LWxpbmstb2YtdGhlLWZvcmdvdHRlbi1wYXNzd29yZA';
  const expiresAt = new Date(Date.now() + 30 * 60_000).toISOString();
  const requested = passwordResetRequestedV1.create(origin, {
    accountId: person.id,
    token,
    expiresAt,
  });
  await harness.publish(requested);
  await harness.publish(requested);
  const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
  expect(mail?.subject).toBe('Choisir un nouveau mot de passe');
  expect(mail?.text).toContain(`/reset-password?token=${token}`);
  const stored = await harness.deps.models.notifications
    .find({ recipientId: person.id })
    .lean<{ inApp: boolean }[]>();
  expect(stored.map((n) => n.inApp)).toEqual([false]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
});

it('emails the link that proves the address, by email only', async () => {
  const person = await harness.person({ locale: 'en' });
  const token = 'dmVyaWZ5LXRoaXMtYWRkcmVzcy1mb3ItdGhlLXRlc3Qtb25seQ';
  await harness.publish(
    emailVerificationRequestedV1.create(origin, {
      accountId: person.id,
      email: person.email,
      token,
      expiresAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
    }),
  );
  const [mail] = await harness.smtp.waitForMails(1, { to: person.email });
  expect(mail?.subject).toBe('Confirm your email address');
  expect(mail?.text).toContain(`/verify-email?token=${token}`);
  const inApp = await harness.deps.models.notifications.countDocuments({
    recipientId: person.id,
    inApp: true,
  });
  expect(inApp).toBe(0);
});

it('sends the link of a change of address to the new address only', async () => {
  const person = await harness.person();
  const token = 'Y2hhbmdlLXRoaXMtYWRkcmVzcy1mb3ItdGhlLXRlc3Qtb25seQ';
  const newEmail = `nouvelle-${person.id.slice(-6)}@example.org`;
  await harness.publish(
    emailChangeRequestedV1.create(origin, {
      accountId: person.id,
      newEmail,
      token,
      expiresAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    }),
  );
  const [mail] = await harness.smtp.waitForMails(1, { to: newEmail });
  expect(mail?.subject).toBe('Confirmez votre nouvelle adresse');
  expect(mail?.text).toContain(`/verify-email?token=${token}`);
  expect(harness.smtp.mailsTo(person.email)).toHaveLength(0);
  const inApp = await harness.deps.models.notifications.countDocuments({
    recipientId: person.id,
    inApp: true,
  });
  expect(inApp).toBe(0);
});

it('tells the old address once, and writes to the new one from then on', async () => {
  const person = await harness.person({ locale: 'en' });
  const newEmail = `new-${person.id.slice(-6)}@example.org`;
  const changed = accountEmailChangedV1.create(origin, {
    accountId: person.id,
    email: newEmail,
    previousEmail: person.email,
    changedAt: new Date().toISOString(),
    version: 2,
  });
  await harness.publish(changed);
  await harness.publish(changed);
  const [notice] = await harness.smtp.waitForMails(1, { to: person.email });
  expect(notice?.subject).toBe('Your account’s email address changed');
  expect(notice?.text).toContain(newEmail);
  await harness.publish(signedOut(person.id, 'password-changed', 3));
  const [next] = await harness.smtp.waitForMails(1, { to: newEmail });
  expect(next?.subject).toBe('Your password was changed');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(harness.smtp.mailsTo(person.email)).toHaveLength(1);
});
