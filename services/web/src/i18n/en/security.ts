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
};
