import type { security as fr } from '../fr/security.js';

/** Account security: the password, signing out everywhere, a forgotten password. */
export const security: typeof fr = {
  title: 'Security',
  changeTitle: 'Change password',
  current: 'Current password',
  currentMissing: 'Enter your current password.',
  currentWrong: 'This is not your current password.',
  next: 'New password',
  change: 'Change my password',
  changed:
    'Your password is changed. Your other devices are signed out; an email confirms it to you.',
  everywhereTitle: 'Sign out everywhere',
  everywhereIntro:
    'A forgotten phone, a shared computer? This ends all your sessions, this one included.',
  everywhere: 'Sign me out of all my devices',
  signedOutEverywhere: 'You are signed out of all your devices. Sign in again here.',
  forgotLink: 'Forgotten your password?',
  forgot: {
    title: 'Forgotten password',
    intro: 'Enter the email address of your account: we send it a link to choose a new password.',
    submit: 'Send me the link',
    sent: (email) =>
      `If an account uses ${email}, an email is on its way. The link works once, for 30 minutes. Check your spam folder too.`,
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    submit: 'Save my new password',
    done: 'Done: your password is changed and all your previous sessions are closed.',
    signIn: 'Sign in',
    invalid: 'This link no longer works: it was already used, it expired or it is incomplete.',
    askAgain: 'Ask for a new link',
  },
};
