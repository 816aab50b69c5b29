import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { formatDateTime } from './format.js';
import { paths, webUrl } from './links.js';

/** The person hears that their password or address changed, and what to do if not them. */
export function accountSecurity(c: ContextOf<'account-security'>, links: Links): Message {
  if (c.change === 'email-changed') return emailChanged(c);
  const how =
    c.change === 'password-reset' ? 'with a reset link sent to this address' : 'from your account';
  return {
    subject: 'Your password was changed',
    heading: 'Your password was changed',
    paragraphs: [
      `The password of your Fabrique account was changed ${how}. Every other session was signed out.`,
      'If it was you, there is nothing to do. If not, choose a new password straight away with the link below, then tell the coordinators.',
    ],
    details: [['On', formatDateTime(c.at, 'en')]],
    action: { label: 'Choose a new password', url: webUrl(links, paths.forgotPassword()) },
  };
}

/** The link to choose a new password, asked for on "forgotten password". */
export function passwordResetLink(c: ContextOf<'password-reset-link'>, links: Links): Message {
  return {
    subject: 'Choose a new password',
    heading: 'Choose a new password',
    paragraphs: [
      'Someone, probably you, asked for a new password for your Fabrique account. The link below works once, for 30 minutes.',
      'If it was not you, do nothing: your password does not change.',
    ],
    details: [['Valid until', formatDateTime(c.expiresAt, 'en')]],
    action: {
      label: 'Choose my new password',
      url: webUrl(links, paths.resetPassword(c.token)),
    },
  };
}

/** The link that proves the address, sent at sign-up or asked for again. */
export function emailVerificationLink(
  c: ContextOf<'email-verification-link'>,
  links: Links,
): Message {
  return {
    subject: 'Confirm your email address',
    heading: 'Welcome! Confirm your address',
    paragraphs: [
      'To confirm that this address is yours, open the link below. You can already book workshops; declaring a gift, acting for an organisation and voting in some rounds need a confirmed address.',
      'If you did not create a Fabrique account, ignore this message.',
    ],
    details: [['Valid until', formatDateTime(c.expiresAt, 'en')]],
    action: { label: 'Confirm my address', url: webUrl(links, paths.verifyEmail(c.token)) },
  };
}

/** To the old address: the account now uses another one. */
function emailChanged(c: ContextOf<'account-security'>): Message {
  return {
    subject: 'Your account’s email address changed',
    heading: 'Your account’s email address changed',
    paragraphs: [
      `Your Fabrique account now uses ${c.newEmail ?? 'another address'}, confirmed by a link sent there. Messages will no longer come here.`,
      'If it was you, there is nothing to do. If not, tell your network’s coordinators straight away: they can restore your address.',
    ],
    details: [['On', formatDateTime(c.at, 'en')]],
    // No link: a reset would go to the new address; the coordinators can restore it.
    action: null,
  };
}

/** To the new address: the link that makes it the account's. */
export function emailChangeLink(c: ContextOf<'email-change-link'>, links: Links): Message {
  return {
    subject: 'Confirm your new email address',
    heading: 'Confirm your new address',
    paragraphs: [
      `You asked for your Fabrique account to use ${c.newEmail}. Open the link below to confirm it: nothing changes until then.`,
      'If you did not ask for this, ignore this message.',
    ],
    details: [['Valid until', formatDateTime(c.expiresAt, 'en')]],
    action: { label: 'Confirm my new address', url: webUrl(links, paths.verifyEmail(c.token)) },
  };
}
