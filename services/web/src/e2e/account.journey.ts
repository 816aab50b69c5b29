import type { Browser, Page } from 'playwright-core';
import type { SmtpCatcher } from '@fabrique/testkit';
import { apiClient } from './api.js';
import { phonePage, screenshots } from './browser.js';
import { signIn } from './sign-in.js';

/** The first link of this kind in the person's emails, as they would click it. */
async function linkFor(smtp: SmtpCatcher, email: string, mails: number, path: string) {
  const texts = (await smtp.waitForMails(mails, { to: email })).map((m) => m.text).join('\n');
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w%-]+`).exec(texts)?.[0];
  if (!link) throw new Error(`no ${path} link in the emails:\n${texts}`);
  return link;
}

/** Signed up but not confirmed: the account page says so; the emailed link confirms. */
async function confirmAddress(page: Page, smtp: SmtpCatcher, email: string) {
  await page.goto('/profile');
  await page.getByText('Confirmez votre adresse e-mail.').waitFor();
  await page.goto(await linkFor(smtp, email, 1, '/verify-email'));
  await page.getByText(/votre adresse e-mail est confirmée/).waitFor();
  await page.goto('/profile');
  await page.getByRole('heading', { name: 'Sécurité' }).waitFor();
  if ((await page.getByText('Confirmez votre adresse e-mail.').count()) > 0)
    throw new Error('the account page still asks to confirm a confirmed address');
}

/**
 * A new address: the link goes there and, once followed, the account uses it; the old
 * address is told. The page then shows the new address.
 */
async function changeAddress(
  page: Page,
  smtp: SmtpCatcher,
  person: { email: string; password: string },
  shot: ReturnType<typeof screenshots>,
) {
  const newEmail = `nouvelle.${person.email}`;
  const form = page.getByRole('form', { name: 'Changer d’adresse e-mail' });
  await form.getByLabel('Nouvelle adresse e-mail').fill(newEmail);
  await form.getByLabel('Mot de passe actuel').fill(person.password);
  await form.getByRole('button', { name: 'Recevoir le lien à cette adresse' }).click();
  await page.getByText(/Un lien vient de partir à/).waitFor();
  await shot(page, 'address-change-asked');
  await page.goto(await linkFor(smtp, newEmail, 1, '/verify-email'));
  await page.getByText(/Si vous venez d’en changer/).waitFor();
  const subject = 'L’adresse de votre compte a changé';
  const [notice] = await smtp.waitForMails(1, { to: person.email, subject });
  if (!notice?.text.includes(newEmail)) throw new Error('the old address was not told the new one');
  await page.goto('/profile');
  await page.getByText(newEmail).first().waitFor();
  await shot(page, 'address-changed');
}

/**
 * A new resident confirms her address with the emailed link, forgets her password, follows
 * the emailed link, chooses a new one, changes it again from her account, moves to a new
 * address, then signs out of every device.
 */
export async function accountJourney(browser: Browser, smtp: SmtpCatcher, url: string) {
  const shot = screenshots('account');
  // Made without reading her mail: her address is not confirmed yet.
  const person = await apiClient(url).person('Lucie Oublieuse');
  const first = await phonePage(browser, url);
  await signIn(first, person);
  await confirmAddress(first, smtp, person.email);
  await shot(first, 'address-confirmed');
  await first.context().close();

  // Another day, another device: the password is forgotten.
  const page = await phonePage(browser, url);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByLabel('Adresse e-mail').fill(person.email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await page.getByText(/un e-mail vient de partir/).waitFor();
  await shot(page, 'link-asked');

  await page.goto(await linkFor(smtp, person.email, 2, '/reset-password'));
  const chosen = 'le lavoir de Vassieux sous la pluie';
  await page.getByLabel('Nouveau mot de passe').fill(chosen);
  await page.getByRole('button', { name: 'Enregistrer mon nouveau mot de passe' }).click();
  await page.getByText(/votre mot de passe est changé/).waitFor();
  await shot(page, 'password-reset');
  await page.getByRole('link', { name: 'Me connecter' }).click();
  await signIn(page, { ...person, password: chosen });
  const latest = 'les tilleuls de la place du village';

  await page.goto('/profile');
  const passwordForm = page.getByRole('form', { name: 'Changer de mot de passe' });
  await passwordForm.getByLabel('Mot de passe actuel').fill(chosen);
  await passwordForm.getByLabel('Nouveau mot de passe').fill(latest);
  await passwordForm.getByRole('button', { name: 'Changer mon mot de passe' }).click();
  await page.getByText(/Vos autres appareils sont déconnectés/).waitFor();
  // The emptied fields are not wrong: no error under them.
  if ((await page.getByText('Indiquez votre mot de passe actuel.').count()) > 0)
    throw new Error('the emptied form shows errors after a successful change');
  await shot(page, 'password-changed');
  await changeAddress(page, smtp, { ...person, password: latest }, shot);

  await page.getByRole('button', { name: 'Me déconnecter de tous mes appareils' }).click();
  await page.getByText(/déconnecté de tous vos appareils/).waitFor();
  await shot(page, 'signed-out-everywhere');
  await page.context().close();
}
