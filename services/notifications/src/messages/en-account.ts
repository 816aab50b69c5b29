import type { AccountWords } from './words.js';

const NEW_PASSWORD = 'Choose a new password';

export const enAccount: AccountWords = {
  on: 'On',
  validUntil: 'Valid until',
  passwordChanged: {
    title: 'Your password was changed',
    how: {
      'password-reset': 'with a reset link sent to this address',
      'password-changed': 'from your account',
    },
    news: (how) =>
      `The password of your Fabrique account was changed ${how}. Every other session was signed out.`,
    ifNotYou:
      'If it was you, there is nothing to do. If not, choose a new password straight away with the link below, then tell the coordinators.',
    action: NEW_PASSWORD,
  },
  emailChanged: {
    title: 'Your account’s email address changed',
    news: (newEmail) =>
      `Your Fabrique account now uses ${newEmail ?? 'another address'}, confirmed by a link sent there. Messages will no longer come here.`,
    ifNotYou:
      'If it was you, there is nothing to do. If not, tell your network’s coordinators straight away: they can restore your address.',
  },
  resetLink: {
    subject: NEW_PASSWORD,
    heading: NEW_PASSWORD,
    news: 'Someone, probably you, asked for a new password for your Fabrique account. The link below works once, for 30 minutes.',
    ifNotYou: 'If it was not you, do nothing: your password does not change.',
    action: 'Choose my new password',
  },
  verificationLink: {
    subject: 'Confirm your email address',
    heading: 'Welcome! Confirm your address',
    news: 'To confirm that this address is yours, open the link below. You can already book workshops; declaring a gift, acting for an organisation and voting in some rounds need a confirmed address.',
    ifNotYou: 'If you did not create a Fabrique account, ignore this message.',
    action: 'Confirm my address',
  },
  changeLink: {
    subject: 'Confirm your new email address',
    heading: 'Confirm your new address',
    news: (newEmail) =>
      `You asked for your Fabrique account to use ${newEmail}. Open the link below to confirm it: nothing changes until then.`,
    ifNotYou: 'If you did not ask for this, ignore this message.',
    action: 'Confirm my new address',
  },
};
