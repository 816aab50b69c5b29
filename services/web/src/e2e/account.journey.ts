import type { Browser } from 'playwright-core';
import type { SmtpCatcher } from '@fabrique/testkit';
import type { ApiClient } from './api.js';
import { phonePage, screenshots } from './browser.js';
import { signIn } from './sign-in.js';

/** The link in the email, as the person would click it. */
function linkIn(text: string): string {
  const link = /https?:\/\/\S+\/reset-password\?token=[\w%-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no reset link in the email:\n${text}`);
  return link;
}

/**
 * A resident forgets her password, follows the emailed link, chooses a new one, changes it
 * again from her account, then signs out of every device.
 */
export async function accountJourney(
  browser: Browser,
  api: ApiClient,
  smtp: SmtpCatcher,
  url: string,
) {
  const shot = screenshots('account');
  const person = await api.person('Lucie Oublieuse');
  const page = await phonePage(browser, url);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByLabel('Adresse e-mail').fill(person.email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await page.getByText(/un e-mail vient de partir/).waitFor();
  await shot(page, 'link-asked');

  const [mail] = await smtp.waitForMails(1, { to: person.email });
  await page.goto(linkIn(mail!.text));
  const chosen = 'le lavoir de Vassieux sous la pluie';
  await page.getByLabel('Nouveau mot de passe').fill(chosen);
  await page.getByRole('button', { name: 'Enregistrer mon nouveau mot de passe' }).click();
  await page.getByText(/votre mot de passe est changé/).waitFor();
  await shot(page, 'password-reset');
  await page.getByRole('link', { name: 'Me connecter' }).click();
  await signIn(page, { ...person, password: chosen });

  await page.goto('/profile');
  await page.getByLabel('Mot de passe actuel').fill(chosen);
  await page.getByLabel('Nouveau mot de passe').fill('les tilleuls de la place du village');
  await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
  await page.getByText(/Vos autres appareils sont déconnectés/).waitFor();
  // The emptied fields are not wrong: no error under them.
  if ((await page.getByText('Indiquez votre mot de passe actuel.').count()) > 0)
    throw new Error('the emptied form shows errors after a successful change');
  await shot(page, 'password-changed');

  await page.getByRole('button', { name: 'Me déconnecter de tous mes appareils' }).click();
  await page.getByText(/déconnecté de tous vos appareils/).waitFor();
  await shot(page, 'signed-out-everywhere');
  await page.context().close();
}
