// A changed password is told to its owner by email, once, even if they turned emails off;
// signing out everywhere (their own doing) sends nothing.
import { accountSignedOutV1 } from '@fabrique/contracts';
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
