import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { formatDateTime } from './format.js';
import { paths, webUrl } from './links.js';

/** The person hears that their password changed, and what to do if it was not them. */
export function accountSecurity(c: ContextOf<'account-security'>, links: Links): Message {
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
