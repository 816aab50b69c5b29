import { defineErrors } from '@fabrique/contracts';

/** Error codes of the accounts service, defined once (stable: clients match on them). */
export const accountErrors = defineErrors({
  EMAIL_TAKEN: {
    status: 409,
    title: {
      fr: 'Cette adresse e-mail est déjà enregistrée',
      en: 'This email address is already registered',
    },
  },
  WEAK_PASSWORD: {
    status: 400,
    title: {
      fr: 'Ce mot de passe est trop facile à deviner',
      en: 'This password is too easy to guess',
    },
  },
  UNKNOWN_COMMUNE: {
    status: 422,
    title: {
      fr: 'Cette commune ne fait pas partie du réseau',
      en: 'This commune is not part of the network',
    },
  },
  COMMUNE_EXISTS: {
    status: 409,
    title: {
      fr: 'Cette commune est déjà dans la liste',
      en: 'This commune is already in the list',
    },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    title: { fr: 'Adresse e-mail ou mot de passe incorrect', en: 'Email or password is wrong' },
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    title: {
      fr: 'Trop d’essais de connexion ont échoué ; attendez quelques minutes',
      en: 'Too many failed sign-in attempts; wait a few minutes',
    },
  },
  INVALID_REFRESH_TOKEN: {
    status: 401,
    title: {
      fr: 'Le jeton de renouvellement n’est pas valide ; reconnectez-vous',
      en: 'The refresh token is not valid; sign in again',
    },
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    title: {
      fr: 'Ce jeton de renouvellement a déjà servi ; toutes les sessions de sa famille sont révoquées',
      en: 'This refresh token was already used; every session of its family is revoked',
    },
  },
  RESET_LINK_INVALID: {
    status: 400,
    title: {
      fr: 'Ce lien ne fonctionne plus (déjà utilisé, expiré ou mal recopié) ; demandez-en un nouveau',
      en: 'This link is not valid any more (used, expired or mistyped); ask for a new one',
    },
  },
  TOO_MANY_RESET_REQUESTS: {
    status: 429,
    title: {
      fr: 'Trop de demandes de nouveau mot de passe ; attendez quelques minutes',
      en: 'Too many requests for a new password; wait a few minutes',
    },
  },
  VERIFICATION_LINK_INVALID: {
    status: 400,
    title: {
      fr: 'Ce lien ne fonctionne plus (déjà utilisé, expiré ou pour une autre adresse) ; demandez-en un nouveau',
      en: 'This link is not valid any more (used, expired or for another address); ask for a new one',
    },
  },
  EMAIL_ALREADY_VERIFIED: {
    status: 409,
    title: { fr: 'Cette adresse est déjà confirmée', en: 'This address is already verified' },
  },
  TOO_MANY_VERIFICATION_REQUESTS: {
    status: 429,
    title: {
      fr: 'Trop d’e-mails de confirmation demandés ; attendez quelques minutes',
      en: 'Too many verification emails asked for; wait a few minutes',
    },
  },
  EMAIL_UNCHANGED: {
    status: 422,
    title: {
      fr: 'C’est déjà l’adresse de ce compte',
      en: 'This is already the address of the account',
    },
  },
  TOO_MANY_EMAIL_CHANGE_REQUESTS: {
    status: 429,
    title: {
      fr: 'Trop de changements d’adresse demandés ; attendez quelques minutes',
      en: 'Too many address changes asked for; wait a few minutes',
    },
  },
  CURRENT_PASSWORD_WRONG: {
    status: 422,
    title: {
      fr: 'Ce n’est pas le mot de passe actuel',
      en: 'The current password is not right',
    },
  },
  ACCOUNT_NOT_FOUND: { status: 404, title: { fr: 'Compte introuvable', en: 'No such account' } },
  ACCOUNT_DELETED: {
    status: 401,
    title: { fr: 'Ce compte a été supprimé', en: 'This account was deleted' },
  },
  ROLE_NOT_REVOCABLE: {
    status: 422,
    title: { fr: 'Chaque compte reste habitant·e', en: 'Everyone stays a resident' },
  },
  EDIT_CONFLICT: {
    status: 409,
    title: {
      fr: 'Modifié par quelqu’un d’autre entre-temps ; rechargez, puis réessayez',
      en: 'Changed by someone else meanwhile; reload and try again',
    },
  },
  ORGANISATION_NOT_FOUND: {
    status: 404,
    title: { fr: 'Organisation introuvable', en: 'No such organisation' },
  },
  ORGANISATION_ARCHIVED: {
    status: 409,
    title: { fr: 'Cette organisation est archivée', en: 'This organisation is archived' },
  },
  MUNICIPALITY_EXISTS: {
    status: 409,
    title: {
      fr: 'Cette commune a déjà sa mairie',
      en: 'This commune already has its municipality',
    },
  },
  MUNICIPALITY_NEEDS_COMMUNE: {
    status: 422,
    title: {
      fr: 'Une mairie est rattachée à une commune',
      en: 'A municipality belongs to one commune',
    },
  },
});
