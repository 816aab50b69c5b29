import type { emailChange as fr } from '../fr/email-change.js';

/** Changing the account's email address ("Security" on the account page). */
export const emailChange: typeof fr = {
  title: 'Change email address',
  intro:
    'We send a link to the new address; it replaces the current one when you open it, and the old one is told.',
  newEmail: 'New email address',
  same: 'This is already your account’s address.',
  taken: 'Another account already uses this address.',
  submit: 'Send the link to this address',
  sent: (email: string) =>
    `A link is on its way to ${email}. Open it within 24 hours: until then, your address stays the same.`,
};
