import type { Page } from 'playwright-core';
import type { Person } from './api.js';

export async function signIn(page: Page, person: Person) {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').fill(person.email);
  await page.getByLabel('Mot de passe').fill(person.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}
