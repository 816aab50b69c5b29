import type { verification as fr } from '../fr/verification.js';

/** Confirming one's email address: the banner, and the page the emailed link opens. */
export const verification: typeof fr = {
  title: 'Confirm your email address.',
  why: 'Open the link we sent you: declaring a gift, acting for an organisation and voting in some rounds need it.',
  resend: 'Send me a new link',
  sent: 'A new link is on its way. Check your spam folder too.',
  pageTitle: 'Confirming your address',
  checking: 'Checking the link…',
  done: 'Thank you: your email address is confirmed. If you just changed it, sign in with this one from now on.',
  noToken: 'This link is incomplete: open it as it appears in the email.',
  toAccount: 'Go to my account',
  toSignIn: 'Sign in',
  roundOnly: 'This round is for people whose email address is confirmed.',
  roundOption: 'Keep this round to confirmed email addresses',
  roundOptionHint: 'One confirmed address per person: harder to vote twice with fake accounts.',
};
