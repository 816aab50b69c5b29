import { defineErrors } from '@fabrique/contracts';

export { AppError, defineErrors, type ErrorFactory, type ErrorSpec } from '@fabrique/contracts';

/** Codes every service may answer, whatever its domain. */
export const commonErrors = defineErrors({
  VALIDATION_FAILED: {
    status: 400,
    title: { fr: 'La requête n’est pas valide', en: 'The request is not valid' },
  },
  MALFORMED_JSON: {
    status: 400,
    title: {
      fr: 'Le corps de la requête n’est pas du JSON valide',
      en: 'The request body is not valid JSON',
    },
  },
  BAD_CURSOR: {
    status: 400,
    title: { fr: 'Ce curseur de page n’est pas valide', en: 'This page cursor is not valid' },
  },
  UNAUTHENTICATED: {
    status: 401,
    title: { fr: 'Vous devez vous connecter', en: 'Authentication is required' },
  },
  FORBIDDEN: {
    status: 403,
    title: { fr: 'Vous ne pouvez pas faire ceci', en: 'You may not do this' },
  },
  NOT_FOUND: { status: 404, title: { fr: 'Rien ici', en: 'Nothing here' } },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: { fr: 'Le corps de la requête est trop grand', en: 'The request body is too large' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: {
      fr: 'Envoyez le corps de la requête en application/json',
      en: 'Send the request body as application/json',
    },
  },
  INTERNAL: {
    status: 500,
    title: { fr: 'Une erreur est survenue de notre côté', en: 'Something went wrong on our side' },
  },
  UNAVAILABLE: {
    status: 503,
    title: { fr: 'Le service n’est pas prêt', en: 'The service is not ready' },
  },
  STORE_UNAVAILABLE: {
    status: 503,
    title: {
      fr: 'La base de données est injoignable ; réessayez dans un instant',
      en: 'The database cannot be reached; try again shortly',
    },
  },
  AUTH_UNAVAILABLE: {
    status: 503,
    title: {
      fr: 'Les jetons d’accès ne peuvent pas être vérifiés pour le moment',
      en: 'Access tokens cannot be checked right now',
    },
  },
  BROKER_UNAVAILABLE: {
    status: 503,
    title: {
      fr: 'Le courtier de messages est injoignable ; réessayez dans un instant',
      en: 'The message broker cannot be reached; try again shortly',
    },
  },
});
