import type { ContextOf } from '../domain/context.js';
import type { Catalogue, Message, MessageBuilder } from './catalogue.js';
import { paths, webUrl } from './links.js';
import { when } from './session-messages.js';
import type { LinkWords } from './words.js';

/*
 * Messages about the account itself, for every language: the facts each one shows and
 * where it links. The words come from the catalogue.
 */

/** The person hears that their password or address changed, and what to do if not them. */
export const accountSecurity: MessageBuilder<'account-security'> = (c, cat, links) => {
  if (c.change === 'email-changed') return emailChanged(c, cat);
  const words = cat.words.account.passwordChanged;
  return {
    subject: words.title,
    heading: words.title,
    paragraphs: [words.news(words.how[c.change]), words.ifNotYou],
    details: [[cat.words.account.on, when(cat, c.at)]],
    action: { label: words.action, url: webUrl(links, paths.forgotPassword()) },
  };
};

/** To the old address: the account now uses another one. */
function emailChanged(c: ContextOf<'account-security'>, cat: Catalogue): Message {
  const words = cat.words.account.emailChanged;
  return {
    subject: words.title,
    heading: words.title,
    paragraphs: [words.news(c.newEmail), words.ifNotYou],
    details: [[cat.words.account.on, when(cat, c.at)]],
    // No link: a reset would go to the new address; the coordinators can restore it.
    action: null,
  };
}

/** Every link sent by email: what it does, what to do if unasked, until when it works. */
function linkMessage(
  cat: Catalogue,
  words: Omit<LinkWords, 'news'>,
  news: string,
  expiresAt: string,
  url: string,
): Message {
  return {
    subject: words.subject,
    heading: words.heading,
    paragraphs: [news, words.ifNotYou],
    details: [[cat.words.account.validUntil, when(cat, expiresAt)]],
    action: { label: words.action, url },
  };
}

/** The link to choose a new password, asked for on the forgotten-password page. */
export const passwordResetLink: MessageBuilder<'password-reset-link'> = (c, cat, links) => {
  const words = cat.words.account.resetLink;
  const url = webUrl(links, paths.resetPassword(c.token));
  return linkMessage(cat, words, words.news, c.expiresAt, url);
};

/** The link that proves the address, sent at sign-up or asked for again. */
export const emailVerificationLink: MessageBuilder<'email-verification-link'> = (c, cat, links) => {
  const words = cat.words.account.verificationLink;
  const url = webUrl(links, paths.verifyEmail(c.token));
  return linkMessage(cat, words, words.news, c.expiresAt, url);
};

/** To the new address: the link that makes it the account's. */
export const emailChangeLink: MessageBuilder<'email-change-link'> = (c, cat, links) => {
  const words = cat.words.account.changeLink;
  const url = webUrl(links, paths.verifyEmail(c.token));
  return linkMessage(cat, words, words.news(c.newEmail), c.expiresAt, url);
};
