import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { formatDateTime } from './format.js';
import { paths, webUrl } from './links.js';

/** The person hears that their password or address changed, and what to do if not them. */
export function accountSecurity(c: ContextOf<'account-security'>, links: Links): Message {
  if (c.change === 'email-changed') return emailChanged(c);
  const how =
    c.change === 'password-reset'
      ? 'avec un lien de réinitialisation envoyé à cette adresse'
      : 'depuis votre compte';
  return {
    subject: 'Votre mot de passe a été changé',
    heading: 'Votre mot de passe a été changé',
    paragraphs: [
      `Le mot de passe de votre compte Fabrique a été changé ${how}. Toutes vos autres connexions ont été fermées.`,
      'Si c’est vous, il n’y a rien à faire. Sinon, choisissez tout de suite un nouveau mot de passe avec le lien ci-dessous, puis prévenez la coordination.',
    ],
    details: [['Le', formatDateTime(c.at, 'fr')]],
    action: {
      label: 'Choisir un nouveau mot de passe',
      url: webUrl(links, paths.forgotPassword()),
    },
  };
}

/** The link to choose a new password, asked for on « mot de passe oublié ». */
export function passwordResetLink(c: ContextOf<'password-reset-link'>, links: Links): Message {
  return {
    subject: 'Choisir un nouveau mot de passe',
    heading: 'Choisir un nouveau mot de passe',
    paragraphs: [
      'Quelqu’un, sans doute vous, a demandé un nouveau mot de passe pour votre compte Fabrique. Le lien ci-dessous fonctionne une seule fois, pendant 30 minutes.',
      'Si ce n’est pas vous, ne faites rien : votre mot de passe ne change pas.',
    ],
    details: [['Valable jusqu’au', formatDateTime(c.expiresAt, 'fr')]],
    action: {
      label: 'Choisir mon nouveau mot de passe',
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
    subject: 'Confirmez votre adresse e-mail',
    heading: 'Bienvenue\u00a0! Confirmez votre adresse',
    paragraphs: [
      'Pour confirmer que cette adresse est bien la vôtre, ouvrez le lien ci-dessous. Vous pouvez déjà réserver des ateliers\u00a0; déclarer un don, agir pour une organisation et voter dans certaines consultations demandent une adresse confirmée.',
      'Si vous n’avez pas créé de compte Fabrique, ignorez ce message.',
    ],
    details: [['Valable jusqu’au', formatDateTime(c.expiresAt, 'fr')]],
    action: { label: 'Confirmer mon adresse', url: webUrl(links, paths.verifyEmail(c.token)) },
  };
}

/** To the old address: the account now uses another one. */
function emailChanged(c: ContextOf<'account-security'>): Message {
  return {
    subject: 'L’adresse de votre compte a changé',
    heading: 'L’adresse de votre compte a changé',
    paragraphs: [
      `Votre compte Fabrique utilise désormais l’adresse ${c.newEmail ?? 'choisie'}, confirmée par un lien envoyé à celle-ci. Les messages n’arriveront plus ici.`,
      'Si c’est vous, il n’y a rien à faire. Sinon, prévenez tout de suite la coordination de votre réseau, qui peut rétablir votre adresse.',
    ],
    details: [['Le', formatDateTime(c.at, 'fr')]],
    // No link: a reset would go to the new address; the coordinators can restore it.
    action: null,
  };
}

/** To the new address: the link that makes it the account's. */
export function emailChangeLink(c: ContextOf<'email-change-link'>, links: Links): Message {
  return {
    subject: 'Confirmez votre nouvelle adresse',
    heading: 'Confirmez votre nouvelle adresse',
    paragraphs: [
      `Vous avez demandé que votre compte Fabrique utilise l’adresse ${c.newEmail}. Ouvrez le lien ci-dessous pour la confirmer : rien ne change avant.`,
      'Si vous n’avez rien demandé, ignorez ce message.',
    ],
    details: [['Valable jusqu’au', formatDateTime(c.expiresAt, 'fr')]],
    action: {
      label: 'Confirmer ma nouvelle adresse',
      url: webUrl(links, paths.verifyEmail(c.token)),
    },
  };
}
