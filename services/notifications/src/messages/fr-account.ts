import type { AccountWords } from './words.js';

const NEW_PASSWORD = 'Choisir un nouveau mot de passe';
const IGNORE = 'ignorez ce message.';

export const frAccount: AccountWords = {
  on: 'Le',
  validUntil: 'Valable jusqu’au',
  passwordChanged: {
    title: 'Votre mot de passe a été changé',
    how: {
      'password-reset': 'avec un lien de réinitialisation envoyé à cette adresse',
      'password-changed': 'depuis votre compte',
    },
    news: (how) =>
      `Le mot de passe de votre compte Fabrique a été changé ${how}. Toutes vos autres connexions ont été fermées.`,
    ifNotYou:
      'Si c’est vous, il n’y a rien à faire. Sinon, choisissez tout de suite un nouveau mot de passe avec le lien ci-dessous, puis prévenez la coordination.',
    action: NEW_PASSWORD,
  },
  emailChanged: {
    title: 'L’adresse de votre compte a changé',
    news: (newEmail) =>
      `Votre compte Fabrique utilise désormais l’adresse ${newEmail ?? 'choisie'}, confirmée par un lien envoyé à celle-ci. Les messages n’arriveront plus ici.`,
    ifNotYou:
      'Si c’est vous, il n’y a rien à faire. Sinon, prévenez tout de suite la coordination de votre réseau, qui peut rétablir votre adresse.',
  },
  resetLink: {
    subject: NEW_PASSWORD,
    heading: NEW_PASSWORD,
    news: 'Quelqu’un, sans doute vous, a demandé un nouveau mot de passe pour votre compte Fabrique. Le lien ci-dessous fonctionne une seule fois, pendant 30 minutes.',
    ifNotYou: 'Si ce n’est pas vous, ne faites rien : votre mot de passe ne change pas.',
    action: 'Choisir mon nouveau mot de passe',
  },
  verificationLink: {
    subject: 'Confirmez votre adresse e-mail',
    heading: 'Bienvenue\u00a0! Confirmez votre adresse',
    news: 'Pour confirmer que cette adresse est bien la vôtre, ouvrez le lien ci-dessous. Vous pouvez déjà réserver des ateliers\u00a0; déclarer un don, agir pour une organisation et voter dans certaines consultations demandent une adresse confirmée.',
    ifNotYou: `Si vous n’avez pas créé de compte Fabrique, ${IGNORE}`,
    action: 'Confirmer mon adresse',
  },
  changeLink: {
    subject: 'Confirmez votre nouvelle adresse',
    heading: 'Confirmez votre nouvelle adresse',
    news: (newEmail) =>
      `Vous avez demandé que votre compte Fabrique utilise l’adresse ${newEmail}. Ouvrez le lien ci-dessous pour la confirmer : rien ne change avant.`,
    ifNotYou: `Si vous n’avez rien demandé, ${IGNORE}`,
    action: 'Confirmer ma nouvelle adresse',
  },
};
